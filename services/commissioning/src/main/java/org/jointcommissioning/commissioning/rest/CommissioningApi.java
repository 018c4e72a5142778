package org.jointcommissioning.commissioning.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's description; the problem answers every operation shares come from the toolkit. */
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
                @Tag(name = "Open data", description = "OCDS 1.1 release packages")})
public class CommissioningApi extends Application {
}
