package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.Partner;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, String> {

    public Page<Partner> page(PageRequest request) {
        return Pages.of(findAll(Sort.by("id")), request);
    }
}
