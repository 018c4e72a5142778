package org.jointcommissioning.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.domain.Question;
import org.jointcommissioning.commissioning.service.QuestionService;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

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
    @APIResponse(responseCode = "404", description = "No such opportunity, or one not yet published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not open, or its clarification deadline has passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ask(@PathParam("id") @Size(max = Limits.ID) String id, @NotNull @Valid QuestionRequest request) {
        Question question = questions.ask(id, request.text());
        return Response.created(links.to("/api/opportunities/" + id + "/questions/" + question.id))
                .entity(QuestionResponse.of(question)).build();
    }

    @POST
    @Path("/{questionId}/answer")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Answer a question to all bidders", description = "By a commissioner of the owning partner.")
    @APIResponse(responseCode = "200", description = "The answered question",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity of the caller's partner, or no such question in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The question is already answered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionResponse answer(@PathParam("id") @Size(max = Limits.ID) String id,
                                   @PathParam("questionId") @Size(max = Limits.ID) String questionId,
                                   @NotNull @Valid AnswerRequest request) {
        return QuestionResponse.of(questions.answer(id, questionId, request.answer()));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List clarification questions",
            description = "Answered questions to anyone, never naming who asked; a bidder also sees its own "
                    + "unanswered ones, and the owner's commissioners see all. Oldest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of questions")
    @APIResponse(responseCode = "404", description = "No such opportunity, or a draft the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<QuestionResponse> list(
            @PathParam("id") @Size(max = Limits.ID) String id,
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return questions.list(id, PageRequest.of(page, size)).map(QuestionResponse::of);
    }
}
