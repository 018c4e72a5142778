package org.jointcommissioning.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A POST whose body has no declared length (chunked on HTTP/1.1, plain DATA frames on HTTP/2). */
final class UnsizedPost {

    private UnsizedPost() {
    }

    static HttpResponse<String> send(URI uri, HttpClient.Version version, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + Tokens.valid("alice"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder().version(version).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
