package org.jointcommissioning.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The running platform as infra/platform started it: its ports (same variables), pids, databases and processes. */
final class Platform {

    static final List<String> SERVICES = List.of("commissioning", "bidding", "budgets", "outcomes");

    final Path root;
    final String dbPrefix = env("PLATFORM_DB_PREFIX", "");
    final String dbHost = env("DB_HOST", "127.0.0.1");
    final String dbPort = env("DB_PORT", "5432");
    final String dbAdmin = env("DB_ADMIN_USER", "postgres");
    final int keycloakPort = Integer.parseInt(env("KEYCLOAK_PORT", "8180"));
    private final Map<String, Integer> ports;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Platform(Path root) {
        this.root = root;
        this.ports = Map.of(
                "gateway", Integer.parseInt(env("GATEWAY_PORT", "8080")),
                "commissioning", Integer.parseInt(env("COMMISSIONING_PORT", "8081")),
                "bidding", Integer.parseInt(env("BIDDING_PORT", "8082")),
                "budgets", Integer.parseInt(env("BUDGETS_PORT", "8083")),
                "outcomes", Integer.parseInt(env("OUTCOMES_PORT", "8084")));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    String url(String component) {
        return "http://127.0.0.1:" + ports.get(component);
    }

    String realm() {
        return "http://127.0.0.1:" + keycloakPort + "/realms/commissioning";
    }

    boolean ready(String component) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url(component) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The pid infra/platform recorded for a component. */
    long pid(String component) throws IOException {
        return Long.parseLong(Files.readString(root.resolve(".run/" + component + ".pid")).trim());
    }

    /** Resident memory in MB, from /proc/PID/status (VmRSS). */
    static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for " + pid);
    }

    /** When a process started, in milliseconds since the epoch (boot time plus its start in clock ticks). */
    static long startedAtMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[19]);
        long boot = 0;
        for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
            if (line.startsWith("btime ")) {
                boot = Long.parseLong(line.substring(6).trim());
            }
        }
        return boot * 1000 + ticks * 10; // USER_HZ is 100 on Linux
    }

    /** One SQL statement (or script on stdin) in a service's database; the unaligned output. */
    String sql(String service, String sql) throws IOException, InterruptedException {
        // The server may be shared and full for a moment ("too many clients"): a few tries.
        for (int attempt = 1; ; attempt++) {
            try {
                return psql(service, sql);
            } catch (IOException e) {
                if (attempt == 10 || !e.getMessage().contains("too many clients")) {
                    throw e;
                }
                Thread.sleep(2000);
            }
        }
    }

    private String psql(String service, String sql) throws IOException, InterruptedException {
        return run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", dbHost, "-p", dbPort, "-U", dbAdmin,
                "-d", dbPrefix + service, "-c", sql), null).trim();
    }

    String sqlFile(String service, Path file, Map<String, String> variables) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", dbHost,
                "-p", dbPort, "-U", dbAdmin, "-d", dbPrefix + service, "-f", file.toString()));
        variables.forEach((name, value) -> {
            command.add("-v");
            command.add(name + "=" + value);
        });
        return run(command, null).trim();
    }

    /** Runs a command to its end; its output, or an exception with the output when it fails. */
    static String run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (log != null) {
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        Process process = builder.start();
        String output = log == null ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        int code = process.waitFor();
        if (code != 0) {
            throw new IOException(String.join(" ", command.subList(0, Math.min(3, command.size()))) + "... exited "
                    + code + (log == null ? ": " + output : "; see " + log));
        }
        return output;
    }
}
