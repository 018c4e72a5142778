package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;

/** One page of a Panache query, with the total over all pages. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(),
                query.count());
    }
}
