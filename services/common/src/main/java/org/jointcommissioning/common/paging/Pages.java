package org.jointcommissioning.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Reads one page of a repository's query, with the total over all pages: the one way lists are paged. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(),
                query.count());
    }
}
