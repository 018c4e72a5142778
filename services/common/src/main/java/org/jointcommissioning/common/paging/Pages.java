package org.jointcommissioning.common.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.TypedQuery;

/** Reads one page of a repository's query, with the total over all pages: the one way lists are paged. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(),
                query.count());
    }

    /**
     * The same, with the total from a count query of its own, for lists read often: Panache's count makes its SQL anew
     * on every call (Hibernate rebuilds the count's interpretation), where a query of its own is planned once.
     */
    public static <T> Page<T> of(PanacheQuery<T> query, TypedQuery<Long> count, PageRequest request) {
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(),
                count.getSingleResult());
    }
}
