package org.jointcommissioning.faults;

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

/**
 * The platform that infra/platform started, reached with the same variables (GATEWAY_PORT, ..., KAFKA_PORT,
 * PLATFORM_DB_PREFIX): its launcher, its recorded pids, its databases (through psql as the server's admin).
 */
final class Platform {

    static final List<String> SERVICES = List.of("commissioning", "bidding", "budgets", "outcomes");

    final Path root;
    final String dbPrefix;
    /** Every award's standstill on the suite's platform: short, so that awards reach active within a fault. */
    final Duration standstill;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The environment given here overrides the process's own for the launcher, ports and databases. */
    Platform(Path root, Map<String, String> overrides) {
        this.root = root;
        this.env = new java.util.HashMap<>(System.getenv());
        this.env.putAll(overrides);
        // A service killed under load on a busy machine may take minutes to start again: that is not the fault.
        this.env.putIfAbsent("PLATFORM_WAIT_SERVICE", "600");
        this.env.putIfAbsent("PLATFORM_WAIT_KAFKA", "600");
        this.env.putIfAbsent("PLATFORM_STANDSTILL_DEMO_LENGTH", "PT20S");
        this.standstill = Duration.parse(env.get("PLATFORM_STANDSTILL_DEMO_LENGTH"));
        this.dbPrefix = env("PLATFORM_DB_PREFIX", "");
    }

    String env(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A component's port; copy k of a service (budgets-2) is on the service's port plus REPLICA_PORT_STEP × (k − 1). */
    int port(String component) {
        java.util.regex.Matcher copy = java.util.regex.Pattern.compile("(.+)-([0-9]+)").matcher(component);
        if (copy.matches() && SERVICES.contains(copy.group(1))) {
            int step = Integer.parseInt(env("REPLICA_PORT_STEP", "100"));
            return port(copy.group(1)) + step * (Integer.parseInt(copy.group(2)) - 1);
        }
        return switch (component) {
            case "gateway" -> Integer.parseInt(env("GATEWAY_PORT", "8080"));
            case "commissioning" -> Integer.parseInt(env("COMMISSIONING_PORT", "8081"));
            case "bidding" -> Integer.parseInt(env("BIDDING_PORT", "8082"));
            case "budgets" -> Integer.parseInt(env("BUDGETS_PORT", "8083"));
            case "outcomes" -> Integer.parseInt(env("OUTCOMES_PORT", "8084"));
            case "keycloak" -> Integer.parseInt(env("KEYCLOAK_PORT", "8180"));
            case "kafka" -> Integer.parseInt(env("KAFKA_PORT", "9092"));
            default -> throw new IllegalArgumentException(component);
        };
    }

    String gateway() {
        return "http://127.0.0.1:" + port("gateway");
    }

    String kafka() {
        return "127.0.0.1:" + port("kafka");
    }

    String database(String service) {
        return dbPrefix + service;
    }

    boolean ready(String component) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(component) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The pid infra/platform recorded for a component, or -1 when it recorded none. */
    long pid(String component) throws IOException {
        Path file = root.resolve(".run/" + component + ".pid");
        return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : -1;
    }

    /** kill -9 of the component's recorded process: no shutdown hook runs, nothing is flushed. */
    void kill9(String component) throws IOException, InterruptedException {
        long pid = pid(component);
        if (pid > 0) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        }
    }

    /** infra/platform with its arguments, to the end; its output, or an exception with it. */
    String launcher(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("infra/platform").toString());
        command.addAll(List.of(arguments));
        return run(command, Duration.ofMinutes(10));
    }

    /** Starts whatever is not running (a killed service, a stopped broker), and waits until all is healthy. */
    void up() throws IOException, InterruptedException {
        launcher("up");
    }

    /** Mints a token for a demo user, as infra/platform token does. */
    String token(String user) throws IOException, InterruptedException {
        return launcher("token", user).trim();
    }

    /** One SQL statement in a service's database; the unaligned, tuples-only output. */
    String sql(String service, String sql) throws IOException, InterruptedException {
        return sqlIn(database(service), sql);
    }

    /** One SQL statement in any database of the server (postgres for the server-wide ones). */
    String sqlIn(String database, String sql) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-h", env("DB_HOST", "127.0.0.1"),
                        "-p", env("DB_PORT", "5432"), "-U", env("DB_ADMIN_USER", "postgres"), "-d", database, "-c", sql),
                        Duration.ofMinutes(2)).trim();
            } catch (IOException e) {
                // The server is shared: it may be full for a moment.
                if (attempt == 10 || !e.getMessage().contains("too many clients")) {
                    throw e;
                }
                Thread.sleep(2000);
            }
        }
    }

    long count(String service, String sql) throws IOException, InterruptedException {
        return Long.parseLong(sql(service, sql));
    }

    private String run(List<String> command, Duration limit) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Path output = Files.createTempFile("faults-", ".out");
        builder.redirectOutput(output.toFile());
        try {
            Process process = builder.start();
            if (!process.waitFor(limit.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                        + " did not finish in " + limit);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command.subList(0, Math.min(3, command.size()))) + "... exited "
                        + process.exitValue() + ": " + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
