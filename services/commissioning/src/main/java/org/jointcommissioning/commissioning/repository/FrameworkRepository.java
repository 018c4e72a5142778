package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

/** Frameworks of the partnership. */
@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<Framework, String> {

    /** By name, then id. */
    public Page<Framework> page(PageRequest page) {
        return Pages.of(find("order by name, id"), page);
    }
}
