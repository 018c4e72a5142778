package org.jointcommissioning.testing.connections;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service does with more connections than it accepts: the one too many is closed unanswered, the ones it
 * holds are served, and once one of them closes a new caller is served again. A service's
 * {@code @QuarkusTest @TestProfile(ConnectionLimitChecks.Limit.class) class ConnectionLimitResourceTest extends
 * ConnectionLimitChecks} runs it against the started service, with the limit lowered to {@link #LIMIT}.
 */
public abstract class ConnectionLimitChecks {

    public static final int LIMIT = 4;

    /** The service with a limit small enough to reach in a test. */
    public static class Limit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Both keys: the services' tests otherwise run with a bound no test reaches.
            return Map.of("quarkus.http.limits.max-connections", String.valueOf(LIMIT),
                    "%test.quarkus.http.limits.max-connections", String.valueOf(LIMIT));
        }
    }

    @Test
    void refusesTheConnectionOverTheLimitAndServesAgainWhenOneCloses() throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < LIMIT; i++) {
                Socket socket = open();
                assertEquals("HTTP/1.1 200 OK", ask(socket), "connection " + (i + 1) + " of " + LIMIT);
                held.add(socket);
            }
            try (Socket tooMany = open()) {
                assertNull(ask(tooMany), "the connection over the limit is closed without an answer");
            }
            held.remove(0).close();
            String answer = null;
            for (int attempt = 0; attempt < 50 && answer == null; attempt++) {
                try (Socket again = open()) {
                    answer = ask(again);
                }
            }
            assertEquals("HTTP/1.1 200 OK", answer, "a new caller is served once a held connection closes");
            for (Socket socket : held) {
                assertEquals("HTTP/1.1 200 OK", ask(socket), "the held connections are still served");
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static Socket open() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(5_000);
        return socket;
    }

    /** The status line of a liveness read on this kept-alive connection, or null when the service closed it. */
    private static String ask(Socket socket) throws IOException {
        try {
            socket.getOutputStream().write(("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return readResponse(socket.getInputStream());
        } catch (SocketException closed) {
            return null;
        }
    }

    /** Reads one response whole (headers and a Content-Length body) and returns its status line. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.append((char) b);
        }
        String headers = head.toString();
        int length = 0;
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        assertTrue(in.readNBytes(length).length == length, "the whole body");
        return headers.substring(0, headers.indexOf("\r\n"));
    }
}
