package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.paging.PageRequest;

import java.util.List;

/** The schemas of this API's lists: the toolkit's page envelope, with every field required and limited. */
final class Pages {

    static final String PAGE = "Page number, from 0";
    static final String SIZE = "Page size, 1 to 100";

    private Pages() {
    }

    @Schema(name = "FrameworkPage")
    record FrameworkPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE) List<FrameworkResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE) int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991") long total) {
    }

    @Schema(name = "OpportunityPage")
    record OpportunityPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE) List<OpportunityResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE) int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991") long total) {
    }

    @Schema(name = "QuestionPage")
    record QuestionPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE) List<QuestionResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE) int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991") long total) {
    }

    @Schema(name = "AwardPage")
    record AwardPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE) List<AwardResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE) int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE) int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991") long total) {
    }
}
