package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** An organisation's saved search: it is told of every published opportunity that matches. */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    public String id;

    @Column(name = "org_id")
    public String orgId;

    public String name;

    public String keywords;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> themes;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> indicators;

    @Column(name = "min_value")
    public BigDecimal minValue;

    @Column(name = "max_value")
    public BigDecimal maxValue;

    @Column(name = "reserved_lots_only")
    public boolean reservedLotsOnly;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Alert saved(String orgId, AlertCriteria criteria, Instant now) {
        Alert alert = new Alert();
        alert.id = UUID.randomUUID().toString();
        alert.orgId = orgId;
        alert.createdAt = now;
        alert.update(criteria, now);
        return alert;
    }

    /** The search as the organisation now gives it, replaced whole. */
    public void update(AlertCriteria criteria, Instant now) {
        name = criteria.name();
        keywords = criteria.keywords();
        themes = List.copyOf(criteria.themes());
        indicators = List.copyOf(criteria.indicators());
        minValue = criteria.minValue();
        maxValue = criteria.maxValue();
        reservedLotsOnly = criteria.reservedLotsOnly();
        updatedAt = now;
    }

    public boolean hasKeywords() {
        return keywords != null && !keywords.isBlank();
    }

    /** Everything but the keywords, which the database matches (see the repository). */
    public boolean matchesApartFromKeywords(PublishedOpportunity opportunity) {
        return anyOf(themes, opportunity.themes())
                && anyOf(indicators, opportunity.indicators())
                && (minValue == null || opportunity.totalValue().compareTo(minValue) >= 0)
                && (maxValue == null || opportunity.totalValue().compareTo(maxValue) <= 0)
                && (!reservedLotsOnly || opportunity.hasReservedLot());
    }

    private static boolean anyOf(List<String> wanted, List<String> offered) {
        return wanted.isEmpty() || !Collections.disjoint(wanted, offered);
    }
}
