package org.jointcommissioning.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.domain.Question;
import org.jointcommissioning.commissioning.service.QuestionService;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.web.PublicLinks;

import java.util.List;

@Path("/api/opportunities/{id}/questions")
@Tag(name = "Questions")
public class QuestionResource {

    @Inject
    PublicLinks links;

    @Inject
    QuestionService questions;

    @POST
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Ask a clarification question", description = "Before the clarification deadline.")
    @APIResponse(responseCode = "201", description = "The question, unanswered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionResponse.class)))
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public Response ask(@PathParam("id") String id, @NotNull @Valid QuestionRequest request) {
        Question question = questions.ask(id, request.text());
        return Response.created(links.to("/api/opportunities/" + id + "/questions/" + question.id))
                .entity(QuestionResponse.of(question)).build();
    }

    @POST
    @Path("/{questionId}/answer")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Answer a question to all bidders", description = "By a commissioner of the owning partner.")
    @APIResponse(responseCode = "200", description = "The answered question")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public QuestionResponse answer(@PathParam("id") String id, @PathParam("questionId") String questionId,
                                   @NotNull @Valid AnswerRequest request) {
        return QuestionResponse.of(questions.answer(id, questionId, request.answer()));
    }

    @GET
    @Operation(summary = "List clarification questions",
            description = "Answered questions to anyone, never naming who asked; a bidder also sees its own "
                    + "unanswered ones, and the owner's commissioners see all. Oldest first.")
    @APIResponse(responseCode = "200", description = "The questions")
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    public List<QuestionResponse> list(@PathParam("id") String id) {
        return questions.list(id).stream().map(QuestionResponse::of).toList();
    }
}
