package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.domain.Payment;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.service.FundAccess;
import org.jointcommissioning.budgets.service.PaymentService;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

@Path("/api/funds/{fundId}/payments")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Payments", description = "Money paid to suppliers from awards' commitments")
public class PaymentResource {

    @Inject
    PublicLinks links;

    @Inject
    PaymentService payments;

    @Inject
    FundAccess access;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Record a payment against an award's commitment", description = "By a finance manager of "
            + "the host partner; never more than the award's unpaid commitment nor the fund's cash balance. "
            + "The same Idempotency-Key and body answer with the first result.")
    @APIResponse(responseCode = "201", description = "The payment was recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid amount, currency or field, an award the fund holds "
            + "nothing for, or no Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A finance manager of a member that is not the host partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "More than the unpaid commitment or the cash balance, an award "
            + "not committed, or the Idempotency-Key reused with another body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("fundId") @Size(max = 36) String fundId,
                           @Parameter(description = "A key unique to this payment", required = true)
                           @HeaderParam(Idempotency.HEADER) String key,
                           @Valid @NotNull PaymentRequest request) {
        return idempotency.once("record-payment:" + fundId, key, request, () -> {
            Payment payment = payments.record(fundId, request.draft());
            PaymentResponse body = PaymentResponse.of(payment, request.amount().currency());
            return Response.created(links.to("/api/funds/" + fundId + "/payments/" + body.id()))
                    .entity(body).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List a fund's payments", description = "In the order they were recorded.")
    @APIResponse(responseCode = "200", description = "A page of payments")
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PaymentResponse> list(@PathParam("fundId") @Size(max = 36) String fundId, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PooledFund fund = access.readable(fundId);
        return payments.listOf(fund, request).map(p -> PaymentResponse.of(p, fund.currency));
    }

    @GET
    @Path("/{paymentId}")
    @Operation(summary = "Read a payment")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", description = "No such fund or payment", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentResponse get(@PathParam("fundId") @Size(max = 36) String fundId, @PathParam("paymentId") @Size(max = 36) String paymentId) {
        PooledFund fund = access.readable(fundId);
        return PaymentResponse.of(payments.get(fund, paymentId), fund.currency);
    }
}
