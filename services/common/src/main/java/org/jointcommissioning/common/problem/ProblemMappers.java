package org.jointcommissioning.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jointcommissioning.contracts.problem.ProblemType;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. A client's mistake is
 * never a 500, and an unexpected failure shows an error id, never a stack trace or SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.type(), e.getMessage(), path(uri), null, e.errors());
    }

    // Quarkus has built-in mappers for these specific types; naming them here makes ours win.
    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        ProblemException problem = ProblemException.invalidFields(errors);
        return ProblemResponses.of(ProblemType.INVALID_REQUEST, problem.getMessage(), path(uri), null, errors);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required", path(uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "The bearer token is missing, invalid or expired",
                path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (identity == null || identity.isAnonymous()) {
            return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required", path(uri));
        }
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this operation", path(uri));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(Exception e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.CONFLICT,
                "Someone else changed this resource at the same time; read it again and retry", path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at " + path(uri);
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + path(uri);
            case UNSUPPORTED_MEDIA_TYPE -> "Send application/json";
            case NOT_ACCEPTABLE -> "This resource answers in application/json";
            default -> e.getMessage();
        };
        return ProblemResponses.of(type, detail, path(uri));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            // Not a fault of ours, and not the caller's: the database is away for now; the request may be retried.
            LOG.warnf("Database unavailable for %s: %s", path(uri), e);
            return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The service cannot reach its database just now; try again shortly", path(uri));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, error id %s", errorId);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side; quote error id " + errorId, path(uri), errorId, List.of());
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? JsonPaths.of(mapping.getPath()) : null;
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = JsonPaths.of(unknown.getPath());
            message = "unknown property '" + unknown.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException format) {
            message = "cannot read '" + format.getValue() + "' as " + JsonPaths.typeName(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch) {
            message = mismatch.getTargetType() == null ? "has the wrong type"
                    : "must be " + JsonPaths.typeName(mismatch.getTargetType());
        } else if (e instanceof JsonMappingException) {
            message = JsonPaths.firstLine(e.getOriginalMessage());
        } else {
            return ProblemResponses.of(ProblemType.INVALID_REQUEST,
                    "The body is not well-formed JSON: " + JsonPaths.firstLine(e.getOriginalMessage()), path(uri));
        }
        if (field == null || field.isEmpty()) {
            return ProblemResponses.of(ProblemType.INVALID_REQUEST, "The body " + message, path(uri));
        }
        return ProblemResponses.of(ProblemType.INVALID_REQUEST, field + ": " + message, path(uri), null,
                List.of(new Problem.FieldError(field, message)));
    }

    /** The property path of a violation, without the method and parameter names of the resource. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        // A resource parameter's path is "method.parameter.field"; the client only knows "field".
        if (parts.length == 3 && violation.getExecutableParameters() != null) {
            return parts[2];
        }
        if (parts.length == 2 && violation.getExecutableParameters() != null) {
            return parts[1];
        }
        return path;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
