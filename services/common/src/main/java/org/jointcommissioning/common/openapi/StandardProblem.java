package org.jointcommissioning.common.openapi;

/** The problem answers that any operation may give, whatever it does, from the service or from the gateway. */
enum StandardProblem {
    BAD_REQUEST("400", "BadRequest", "The request breaks a rule of the contract: a field, a parameter, paging, a control "
            + "character, or a missing body; the problem names what", Applies.ALWAYS),
    UNAUTHENTICATED("401", "Unauthenticated", "No bearer token, or one that is not valid", Applies.SECURED),
    FORBIDDEN("403", "Forbidden", "The caller's role or organisation may not do this", Applies.SECURED),
    NOT_ACCEPTABLE("406", "NotAcceptable", "The Accept header allows no JSON answer", Applies.ALWAYS),
    TOO_LARGE("413", "PayloadTooLarge", "The request body is over the size limit", Applies.WITH_BODY),
    URI_TOO_LONG("414", "UriTooLong", "The request's address is too long (from the gateway)", Applies.ALWAYS),
    UNSUPPORTED("415", "UnsupportedMediaType", "The body is not application/json", Applies.WITH_BODY),
    TOO_MANY("429", "TooManyRequests", "Too many requests from this caller; the Retry-After header says when to "
            + "try again (from the gateway)", Applies.ALWAYS),
    HEADERS_TOO_LARGE("431", "HeadersTooLarge", "The request's headers are too large (from the gateway)", Applies.ALWAYS),
    INTERNAL("500", "InternalError", "A fault of ours: the problem carries an error id to quote, never internals",
            Applies.ALWAYS),
    BAD_GATEWAY("502", "BadGateway", "The service failed to answer properly (from the gateway)", Applies.ALWAYS),
    UNAVAILABLE("503", "ServiceUnavailable", "The service, or what it depends on, is down for now", Applies.ALWAYS),
    TIMEOUT("504", "GatewayTimeout", "The service did not answer in time (from the gateway)", Applies.ALWAYS);

    enum Applies { ALWAYS, SECURED, WITH_BODY }

    private final String status;
    private final String componentName;
    private final String description;
    private final Applies applies;

    StandardProblem(String status, String componentName, String description, Applies applies) {
        this.status = status;
        this.componentName = componentName;
        this.description = description;
        this.applies = applies;
    }

    String status() {
        return status;
    }

    String componentName() {
        return componentName;
    }

    String description() {
        return description;
    }

    boolean appliesTo(boolean secured, boolean hasBody) {
        return switch (applies) {
            case ALWAYS -> true;
            case SECURED -> secured;
            case WITH_BODY -> hasBody;
        };
    }
}
