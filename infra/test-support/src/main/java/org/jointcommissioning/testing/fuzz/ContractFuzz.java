package org.jointcommissioning.testing.fuzz;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jointcommissioning.testing.contract.ContractValidation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Contract-driven fuzzing: for every operation of a service's committed OpenAPI document, sends a valid request and
 * then each parameter and body field in turn made wrong (see {@link Mutations}), and fails when any answer is a 5xx,
 * a 4xx that is not a problem document, or (through {@link ContractValidation}, installed for every test) an answer
 * its contract does not declare. The seed is fixed by default; {@code -Dfuzz.seed=random} draws one, and
 * {@code -Dfuzz.seed=N} replays a run. The seed is printed, and named in any failure. Each of {@code fuzz.rounds} (2)
 * rounds draws new valid values to mutate.
 */
public final class ContractFuzz {

    public static final long DEFAULT_SEED = 20261128L;
    private static final int MAX_REPORTED = 40;

    private ContractFuzz() {
    }

    /** Runs the fuzzer against the running service; answers how many requests it sent. */
    public static int run(String service) {
        long seed = seed();
        System.out.println("Contract fuzzing of " + service + " with seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        ApiDocument document = ApiDocument.read(ContractValidation.contractFile(service));
        Mutations mutations = generated(() -> new Mutations(document, new Values(document, seed)));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long started = System.nanoTime();
        java.util.TreeMap<Long, String> slowest = new java.util.TreeMap<>();
        for (int round = 0; round < Integer.getInteger("fuzz.rounds", 2); round++) {
          for (ApiDocument.ApiOperation operation : document.operations()) {
            for (FuzzCase fuzzCase : generated(() -> mutations.of(operation))) {
                sent++;
                long t0 = System.nanoTime();
                String failure = send(fuzzCase);
                slowest.put(System.nanoTime() - t0, fuzzCase.toString().substring(0, Math.min(120, fuzzCase.toString().length())));
                if (slowest.size() > 5) {
                    slowest.pollFirstEntry();
                }
                if (failure != null) {
                    failures.add(fuzzCase + " -> " + failure);
                }
            }
          }
        }
        System.out.println("Contract fuzzing of " + service + ": " + sent + " requests in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, " + failures.size() + " failures; slowest: "
                + slowest.descendingMap().entrySet().stream().map(e -> e.getKey() / 1_000_000 + " ms " + e.getValue()).toList());
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder(failures.size() + " of " + sent + " fuzzed requests to " + service
                    + " broke the contract (seed " + seed + "):\n");
            failures.stream().limit(MAX_REPORTED).forEach(f -> message.append("- ").append(f).append('\n'));
            throw new AssertionError(message.toString());
        }
        return sent;
    }

    /**
     * Runs jqwik with its own class loader as the context: it finds its engine through the context class loader, which
     * inside a {@code @QuarkusTest} is not the one that loaded it.
     */
    private static <T> T generated(java.util.function.Supplier<T> generation) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(net.jqwik.api.Arbitraries.class.getClassLoader());
        try {
            return generation.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String send(FuzzCase fuzzCase) {
        try {
            return check(request(fuzzCase).request(fuzzCase.method().toUpperCase(), fuzzCase.path()));
        } catch (OpenApiValidationFilter.OpenApiValidationException e) {
            // Sent again without the contract filter, to show what the service answered.
            Response answer = request(fuzzCase).noFilters().request(fuzzCase.method().toUpperCase(), fuzzCase.path());
            String body = answer.asString();
            return ContractValidation.errorsOf(e.getValidationReport()) + " [answer: " + answer.statusCode() + " "
                    + answer.contentType() + " " + (body.length() > 200 ? body.substring(0, 200) : body) + "]";
        } catch (AssertionError | RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            return message.replaceAll("\\s+", " ").substring(0, Math.min(400, message.length()));
        }
    }

    private static RequestSpecification request(FuzzCase fuzzCase) {
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .defaultContentCharset(StandardCharsets.UTF_8)
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .accept("application/json");
        fuzzCase.query().forEach(request::queryParam);
        fuzzCase.headers().forEach(request::header);
        if (fuzzCase.body() != null) {
            request.contentType("application/json").body(fuzzCase.body());
        }
        return request;
    }

    private static String check(Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return status + " " + response.asString();
        }
        if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return status + " without a problem document: " + response.contentType();
        }
        return null;
    }

    private static long seed() {
        String configured = System.getProperty("fuzz.seed");
        if (configured == null || configured.isBlank()) {
            return DEFAULT_SEED;
        }
        return "random".equals(configured) ? new Random().nextLong() : Long.parseLong(configured);
    }
}
