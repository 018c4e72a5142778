package org.jointcommissioning.commissioning.rest;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.jointcommissioning.commissioning.domain.OpportunityFilter;
import org.jointcommissioning.commissioning.service.OpportunityService;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;

import java.util.function.Supplier;

/**
 * The anonymous listing, which everyone reads the same: tagged with the listing's version (a number the database
 * moves whenever an opportunity or framework changes), answered 304 when the caller already holds that version, and
 * kept in memory per version and query, so that a repeated read costs one primary-key lookup.
 */
@ApplicationScoped
public class PublicListing {

    static final String CACHE_CONTROL = "public, no-cache";

    @Inject
    OpportunityService opportunities;

    @Inject
    @CacheName("public-listing")
    Cache pages;

    private record Key(long version, OpportunityFilter filter, int page, int size) {
    }

    RestResponse<Page<OpportunityResponse>> answer(OpportunityFilter filter, PageRequest paging, String ifNoneMatch,
                                                   Supplier<Page<OpportunityResponse>> search) {
        long version = opportunities.publicListingVersion();
        String etag = "W/\"listing-" + version + "\"";
        if (matches(ifNoneMatch, etag)) {
            return RestResponse.ResponseBuilder.<Page<OpportunityResponse>>create(Response.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        Page<OpportunityResponse> page = pages.get(new Key(version, filter, paging.page(), paging.size()),
                key -> search.get()).await().indefinitely();
        return RestResponse.ResponseBuilder.ok(page)
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    /** If-None-Match holds a list of tags, or {@code *}; a weak comparison is what a GET wants. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String each = tag.trim();
            if (each.equals("*") || each.equals(etag) || ("W/" + each).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
