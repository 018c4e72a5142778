package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.service.LedgerChanges;
import org.jointcommissioning.common.changes.ChangeFeedPage;
import org.jointcommissioning.common.changes.ChangeFeedQuery;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;

@Path("/api/changes/budgets")
@RolesAllowed({Roles.FINANCE_MANAGER, Roles.PARTNERSHIP_ADMIN, Roles.AUDITOR})
@Tag(name = "Change feed", description = "Everything that changed in the funds' ledgers since a cursor, for "
        + "integrators (a data warehouse, a partner's finance system)")
public class LedgerChangesResource {

    @Inject
    LedgerChanges changes;

    @GET
    @Operation(summary = "Read the ledger's change feed",
            description = "Every journal entry written to a fund the caller's partner is a member of (every fund, "
                    + "for admins and auditors), after the cursor, in the order their transactions wrote them. "
                    + "Start without a cursor; after processing a page, store its `next` and read on with it. The "
                    + "feed is stable under concurrent writers: an entry shows only once every transaction that "
                    + "began before it has ended, so nothing can later appear behind a cursor given out, and paging "
                    + "on from `next` misses no entry and repeats none. `next` is never null: a page with fewer "
                    + "items than `size` (perhaps none) means there is nothing more for now; poll again later with "
                    + "its `next`. A partner that joins a fund sees the fund's whole history from the cursor on; one "
                    + "that leaves sees no more of it.")
    @APIResponse(responseCode = "200", description = "The entries after the cursor, and where to read on from")
    @APIResponse(responseCode = "400", description = "The cursor is not one this feed gave out, or size is not from "
            + "1 to 100", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager, admin or auditor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangeFeedPage<LedgerChangeResponse> read(@BeanParam @Valid ChangeFeedQuery query) {
        return ChangeFeedPage.of(changes.read(query.cursor, query.size), LedgerChangeResponse::of);
    }
}
