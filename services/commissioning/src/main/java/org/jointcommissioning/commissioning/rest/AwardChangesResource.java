package org.jointcommissioning.commissioning.rest;

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
import org.jointcommissioning.commissioning.service.AwardChanges;
import org.jointcommissioning.common.changes.ChangeFeedPage;
import org.jointcommissioning.common.changes.ChangeFeedQuery;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;

@Path("/api/changes/commissioning")
@RolesAllowed({Roles.COMMISSIONER, Roles.PARTNERSHIP_ADMIN, Roles.AUDITOR})
@Tag(name = "Change feed", description = "Every award made and every change of an award's status since a cursor, "
        + "for integrators (a data warehouse, a partner's finance or contracts system)")
public class AwardChangesResource {

    @Inject
    AwardChanges changes;

    @GET
    @Operation(summary = "Read the awards' change feed",
            description = "Every award made and every change of an award's status (funded into its standstill, "
                    + "suspended by a challenge, resumed, active, funding failed, cancelled), of the opportunities "
                    + "the caller's partner commissions (every partner's, for admins and auditors), after the "
                    + "cursor, in the order their transactions wrote them; each with the award as it was after the "
                    + "change. Start without a cursor; after processing a page, store its `next` and read on with "
                    + "it. The feed is stable under concurrent writers: a change shows only once every transaction "
                    + "that began before it has ended, so nothing can later appear behind a cursor given out, and "
                    + "paging on from `next` misses no change and repeats none. `next` is never null: a page with "
                    + "fewer items than `size` (perhaps none) means there is nothing more for now; poll again later "
                    + "with its `next`.")
    @APIResponse(responseCode = "200", description = "The changes after the cursor, and where to read on from")
    @APIResponse(responseCode = "400", description = "The cursor is not one this feed gave out, or size is not from "
            + "1 to 100", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a commissioner, admin or auditor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChangeFeedPage<AwardChangeResponse> read(@BeanParam @Valid ChangeFeedQuery query) {
        return ChangeFeedPage.of(changes.read(query.cursor, query.size), AwardChangeResponse::of);
    }
}
