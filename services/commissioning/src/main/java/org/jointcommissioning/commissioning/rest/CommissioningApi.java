package org.jointcommissioning.commissioning.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.common.problem.Problem;

/** The API's description, and the problem responses its operations refer to. */
@OpenAPIDefinition(
        info = @Info(title = "Commissioning API", version = "1.0.0",
                description = "Frameworks, public opportunities with lots, clarification questions, evaluation, "
                        + "awards (the award saga) and the OCDS 1.1 open-data feed of the joint commissioning platform."),
        tags = {
                @Tag(name = "Frameworks", description = "How the partnership commissions"),
                @Tag(name = "Opportunities", description = "Tenders and grants, public once published"),
                @Tag(name = "Questions", description = "Clarification questions, answered to all"),
                @Tag(name = "Evaluation", description = "Scoring and ranking of opened bids"),
                @Tag(name = "Awards", description = "Awards, funded by a pooled fund through the award saga"),
                @Tag(name = "Open data", description = "OCDS 1.1 release packages")},
        components = @Components(responses = {
                @APIResponse(name = CommissioningApi.INVALID, description = "The request breaks a rule",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = CommissioningApi.UNAUTHENTICATED, description = "No valid bearer token",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = CommissioningApi.FORBIDDEN, description = "The caller's role or organisation does not allow it",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = CommissioningApi.NOT_FOUND, description = "Absent, or not visible to the caller",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = CommissioningApi.CONFLICT, description = "Clashes with the current state",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = CommissioningApi.PRECONDITION_FAILED,
                        description = "If-Match names a version that is no longer current",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}))
public class CommissioningApi extends Application {

    static final String INVALID = "Invalid";
    static final String UNAUTHENTICATED = "Unauthenticated";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String PRECONDITION_FAILED = "PreconditionFailed";
}
