package org.jointcommissioning.testing.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * For requests through the gateway: validates each answer against the contract of the service that owns its path
 * (found by matching the path against every document's path templates), so that the system test holds the whole
 * platform to its four contracts. Paths outside the API pass unchecked.
 */
public final class PlatformContractFilter implements Filter {

    private record Owner(Pattern path, Filter validation) {
    }

    private final List<Owner> owners = new ArrayList<>();

    public PlatformContractFilter() {
        Path dir = ContractValidation.contractFile("commissioning").getParent();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Filter validation = new com.atlassian.oai.validator.restassured.OpenApiValidationFilter(
                        ContractValidation.validatorFor(file));
                yaml.readTree(file.toFile()).path("paths").fieldNames().forEachRemaining(template ->
                        owners.add(new Owner(Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+")), validation)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        String path = URI.create(request.getURI()).getRawPath();
        for (Owner owner : owners) {
            if (owner.path().matcher(path).matches()) {
                return owner.validation().filter(request, response, context);
            }
        }
        return context.next(request, response);
    }
}
