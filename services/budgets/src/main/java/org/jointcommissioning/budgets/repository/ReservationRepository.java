package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.Reservation;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.util.Optional;

@ApplicationScoped
public class ReservationRepository implements PanacheRepositoryBase<Reservation, String> {

    public Optional<Reservation> findByAward(String awardId) {
        return find("awardId", awardId).firstResultOptional();
    }

    public Page<Reservation> pageOfFund(String fundId, PageRequest request) {
        return Pages.of(find("fundId", Sort.by("createdAt").and("id"), fundId), request);
    }
}
