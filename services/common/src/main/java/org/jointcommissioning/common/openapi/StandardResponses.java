package org.jointcommissioning.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.jointcommissioning.common.audit.AuditValueSchema;
import org.jointcommissioning.common.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Completes every service's API document the same way, so that no resource repeats it: each operation gets an
 * {@code operationId}, the problem answers that any request may get from the service or the gateway (shared
 * components, referenced, not copied), the {@code X-Request-Id} header on every answer and {@code Location} on every
 * 201. Public operations say {@code security: []}; protected ones name their roles in {@code x-roles} (roles are not
 * OpenID Connect scopes, so the requirement itself lists none).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponses implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String ROLES_EXTENSION = "x-roles";
    static final String GATEWAY = "http://localhost:8080";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // One definition of the problem body with its limits, whatever the resources' annotations generated.
        openAPI.getComponents().addSchema("Problem", ProblemSchema.create());
        openAPI.getComponents().addHeader("RequestId", OASFactory.createHeader()
                .description("The request's id, as sent by the caller or the gateway or made by the service; "
                        + "problems carry it too")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(128)));
        openAPI.getComponents().addHeader("Location", OASFactory.createHeader()
                .description("The absolute address of the created resource").required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2000)));
        for (StandardProblem problem : StandardProblem.values()) {
            APIResponse response = OASFactory.createAPIResponse()
                    .description(problem.description())
                    .addHeader("X-Request-Id", requestIdHeader())
                    .content(problemContent());
            if (problem == StandardProblem.TOO_MANY) {
                response.addHeader("Retry-After", OASFactory.createHeader().required(true)
                        .description("Seconds to wait before trying again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(86400))));
            }
            openAPI.getComponents().addResponse(problem.componentName(), response);
        }
        if (openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("AuditEntry")) {
            // The audit trail's values: one definition, with limits no annotation can give the members of a oneOf.
            openAPI.getComponents().addSchema(AuditValueSchema.NAME, AuditValueSchema.create());
        }
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(IntegerFormats::complete);
        }
        // The gateway is the API's one server and its public face: its audience is everyone, not an internal one.
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(GATEWAY)
                .description("The platform's gateway, on the local platform; a deployment serves it at its own address")
                .addExtension("x-internal", false))));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> complete(openAPI, method, operation));
            }
        });
    }

    private void complete(OpenAPI openAPI, PathItem.HttpMethod method, Operation operation) {
        operation.setOperationId(OperationIds.readable(operation.getOperationId()));
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> {
                StandardParameters.complete(p);
                IntegerFormats.complete(p.getSchema());
            });
        }
        if (method == PathItem.HttpMethod.GET) {
            CsvResponses.complete(openAPI, operation);
        }
        boolean secured = rolesOf(openAPI, operation);
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        for (StandardProblem problem : StandardProblem.values()) {
            if (problem.appliesTo(secured, hasBody) && !declaresProblem(responses, problem.status())) {
                responses.addAPIResponse(problem.status(), OASFactory.createAPIResponse()
                        .ref("#/components/responses/" + problem.componentName()));
            }
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            response.addHeader("X-Request-Id", requestIdHeader());
            if ("201".equals(entry.getKey())) {
                response.addHeader("Location", OASFactory.createHeader().ref("#/components/headers/Location"));
            }
        }
    }

    /** Whether the operation already says, with a body, what this status means for it (Quarkus adds 401/403 bare). */
    private static boolean declaresProblem(APIResponses responses, String status) {
        APIResponse response = responses.getAPIResponse(status);
        return response != null && (response.getRef() != null || response.getContent() != null);
    }

    /**
     * Moves the roles out of the security requirement into {@code x-roles}; a public operation gets an explicit
     * empty requirement. Answers whether the operation needs a token.
     */
    private static boolean rolesOf(OpenAPI openAPI, Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()) {
            operation.setSecurity(new ArrayList<>());
            return false;
        }
        TreeSet<String> roles = new TreeSet<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement withoutScopes = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                withoutScopes.addScheme(scheme, new ArrayList<>());
            });
            plain.add(withoutScopes);
        }
        operation.setSecurity(plain);
        if (!roles.isEmpty()) {
            operation.addExtension(ROLES_EXTENSION, new ArrayList<>(roles));
        }
        return true;
    }

    private static Header requestIdHeader() {
        return OASFactory.createHeader().ref("#/components/headers/RequestId");
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }
}
