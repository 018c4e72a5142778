package org.jointcommissioning.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.filter.Filter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Holds every answer a test sees to the committed contract: status, headers and body of each response must be what
 * {@code contracts/openapi/<service>.yaml} declares for that operation, or the test fails with the differences. Requests
 * are not checked here (tests send invalid ones on purpose); paths outside the API ({@code /q/...}) are not either.
 */
public final class ContractValidation {

    private ContractValidation() {
    }

    /** A REST Assured filter that validates every response against the service's committed contract. */
    public static Filter filterFor(String service) {
        return new OpenApiValidationFilter(validatorFor(contractFile(service)));
    }

    static OpenApiInteractionValidator validatorFor(Path contract) {
        return OpenApiInteractionValidator.createForSpecificationUrl(contract.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        // Tests send invalid requests on purpose, and tokens are not modelled per request here.
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                        // The validator reads 3.1 header schemas as JSON values and fails on any plain string; whether
                        // a declared header is present is still checked (validation.response.header.missing).
                        .withLevel("validation.response.header.schema.invalidJson", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The errors of a validation report, one line each, without the ignored messages. */
    public static String errorsOf(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage().replaceAll("\\s+", " "))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The service whose module the tests run in, when it has a contract: services/budgets is budgets. */
    public static Optional<String> serviceOfThisModule() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        String name = dir.getFileName().toString();
        return contractFileIfAny(name).map(file -> name);
    }

    public static Path contractFile(String service) {
        return contractFileIfAny(service)
                .orElseThrow(() -> new IllegalStateException("No contracts/openapi/" + service + ".yaml"));
    }

    private static Optional<Path> contractFileIfAny(String service) {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("contracts/openapi/" + service + ".yaml");
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
