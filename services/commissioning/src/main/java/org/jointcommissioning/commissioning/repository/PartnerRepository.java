package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.Partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The partners' names and identifiers, as the budgets service announces them. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, String> {

    /** The partners among these ids that commissioning has heard of, by id. */
    public Map<String, Partner> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Partner> found = list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }
}
