package org.jointcommissioning.commissioning.rest;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
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
    /** A signed-in caller may see more; the same listing is JSON or CSV (one weak tag: the same rows). */
    static final String VARY = HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.ACCEPT;

    @Inject
    OpportunityService opportunities;

    @Inject
    @CacheName("public-listing")
    Cache pages;

    private record Key(long version, OpportunityFilter filter, int page, int size) {
    }

    /**
     * The page, with the listing's tag and caching headers put on {@code response}; {@link NotModified} (a 304) when
     * the caller already holds this version. The page is returned as it is (not in a {@code RestResponse}) so that
     * Quarkus REST looks its writer up by the page's own type: JSON or CSV, as the caller asked.
     */
    Page<OpportunitySummary> answer(OpportunityFilter filter, PageRequest paging, String ifNoneMatch,
                                     HttpServerResponse response, Supplier<Page<OpportunitySummary>> search) {
        long version = opportunities.publicListingVersion();
        String etag = "W/\"listing-" + version + "\"";
        response.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .putHeader(HttpHeaders.VARY, VARY);
        if (matches(ifNoneMatch, etag)) {
            throw new NotModified();
        }
        return pages.get(new Key(version, filter, paging.page(), paging.size()), key -> search.get())
                .await().indefinitely();
    }

    /** The caller's copy of the listing is current: answered 304, with the headers already put on the response. */
    static final class NotModified extends RuntimeException {
        NotModified() {
            super(null, null, false, false);
        }
    }

    @ServerExceptionMapper
    public Response notModified(NotModified signal) {
        return Response.notModified().build();
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
