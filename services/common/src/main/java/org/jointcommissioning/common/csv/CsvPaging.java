package org.jointcommissioning.common.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.web.PublicLinks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file has no envelope, so a page's place in its list travels in headers: {@code X-Total-Count} (the items in
 * all pages) and a {@code Link} header (RFC 8288) to the {@code next} and {@code prev} pages, at the public address,
 * with the request's own parameters (so the next page is CSV too). A list read by cursor links its {@code next} page.
 */
@ApplicationScoped
public class CsvPaging {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LINK = "Link";

    @Inject
    UriInfo request;

    @Inject
    PublicLinks links;

    void describe(Object body, MultivaluedMap<String, Object> headers) {
        List<String> link = new ArrayList<>();
        if (body instanceof Page<?> page) {
            headers.putSingle(TOTAL_COUNT, Long.toString(page.total()));
            if ((long) (page.page() + 1) * page.size() < page.total()) {
                link.add(link(with("page", page.page() + 1), "next"));
            }
            if (page.page() > 0) {
                link.add(link(with("page", page.page() - 1), "prev"));
            }
        } else if (CsvRows.nextCursor(body) instanceof String cursor) {
            link.add(link(with("cursor", cursor), "next"));
        }
        if (!link.isEmpty()) {
            headers.putSingle(LINK, String.join(", ", link));
        }
    }

    private String with(String parameter, Object value) {
        URI uri = UriBuilder.fromUri(request.getRequestUri()).replaceQueryParam(parameter, value).build();
        return links.base() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String link(String target, String relation) {
        return "<" + target + ">; rel=\"" + relation + "\"";
    }
}
