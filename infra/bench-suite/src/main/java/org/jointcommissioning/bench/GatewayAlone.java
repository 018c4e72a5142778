package org.jointcommissioning.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A second gateway, from the platform's own jar and realm, whose every service is the ceiling server: what it adds to a
 * request that its upstream answers at once is the gateway's own cost, apart from any service's. Its rate limit is
 * lifted; it shares nothing with the platform's gateway but Keycloak's keys.
 */
final class GatewayAlone implements AutoCloseable {

    final String url;
    final long pid;
    private final Process process;

    private GatewayAlone(String url, Process process) {
        this.url = url;
        this.process = process;
        this.pid = process.pid();
    }

    /** Starts it and waits (at most a minute) until it forwards an anonymous read to the ceiling. */
    static GatewayAlone start(Path root, Path out, String ceilingUrl, String realm) throws Exception {
        Path jar = root.resolve("gateway/target/quarkus-app/quarkus-run.jar");
        String upstream = ceilingUrl.endsWith("/") ? ceilingUrl.substring(0, ceilingUrl.length() - 1) : ceilingUrl;
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx256m",
                "-Dplatform.component=gateway-alone", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("logs/gateway-alone.log").toFile());
        builder.environment().putAll(java.util.Map.of(
                "PORT", Integer.toString(port), "HTTP_HOST", "127.0.0.1", "MANAGEMENT_PORT", Integer.toString(freePort()),
                "OIDC_AUTH_SERVER_URL", realm, "RATE_LIMIT_REQUESTS", "100000000"));
        for (String service : Platform.SERVICES) {
            builder.environment().put(service.toUpperCase() + "_URL", upstream);
        }
        GatewayAlone gateway = new GatewayAlone("http://127.0.0.1:" + port, builder.start());
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest read = HttpRequest.newBuilder(URI.create(gateway.url + "/api/opportunities"))
                .timeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 600; i++) {
            try {
                HttpResponse<String> answer = http.send(read, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("hello")) {
                    return gateway;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!gateway.process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        gateway.close();
        throw new IllegalStateException("the gateway in front of the ceiling did not forward a read; see "
                + out.resolve("logs/gateway-alone.log"));
    }

    /** Stops it; killed if it has not ended within ten seconds (a gateway out of file descriptors may not). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The steps of a ladder through it, at the ceiling's own rates, of a public read. */
    List<Load.Step> ladder(List<Double> rates, int seconds) {
        return Load.ladder("gateway-alone", rates, seconds, url + "/api/opportunities", "-");
    }
}
