package org.jointcommissioning.commissioning.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.CriterionKind;
import org.jointcommissioning.commissioning.domain.Evaluation;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.IndicatorGoal;
import org.jointcommissioning.commissioning.domain.Lot;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.domain.Question;
import org.jointcommissioning.commissioning.domain.Route;
import org.jointcommissioning.common.money.StoredMoney;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data written straight to the database, for tests whose caller could not create it. */
public final class Fixtures {

    public static final String COUNTY = "county-council";
    public static final String NHS = "nhs-trust";
    public static final List<Criterion> CRITERIA = List.of(
            new Criterion("price", "Price", CriterionKind.PRICE, 40),
            new Criterion("quality", "Quality of service", CriterionKind.QUALITY, 40),
            new Criterion("social", "Social value", CriterionKind.SOCIAL_VALUE, 20));

    private Fixtures() {
    }

    /** A framework without a standstill: its awards become active as soon as the fund reserves the money. */
    public static String framework(List<String> themes, boolean reservedLotsAllowed) {
        return framework(themes, reservedLotsAllowed, 0);
    }

    public static String framework(List<String> themes, boolean reservedLotsAllowed, int standstillWorkingDays) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Framework f = new Framework();
            f.id = UUID.randomUUID().toString();
            f.name = "Framework " + f.id;
            f.description = "Test framework";
            f.principles = List.of("Outcomes first");
            f.themes = themes;
            f.criteria = CRITERIA;
            f.reservedLotsAllowed = reservedLotsAllowed;
            f.standstillWorkingDays = standstillWorkingDays;
            f.createdByOrgId = COUNTY;
            f.createdAt = Instant.now();
            f.updatedAt = f.createdAt;
            Db.em().persist(f);
            return f.id;
        });
    }

    /**
     * An opportunity in the given state, its deadline a day from {@code now} (passed when closed), paid from its own
     * fund {@code fund-<id>}, open with the owner as its member.
     */
    public static String opportunity(String frameworkId, String owner, OpportunityStatus status, String title,
                                     String amount, String indicator, Instant now) {
        String id = QuarkusTransaction.requiringNew().call(() -> {
            Opportunity o = Opportunity.draft(UUID.randomUUID().toString(), owner, now.minus(Duration.ofDays(3)));
            o.frameworkId = frameworkId;
            o.title = title;
            o.description = "Description of " + title;
            o.route = Route.OPEN;
            o.fundId = fundOf(o.id);
            o.lots = List.of(new Lot("lot-1", "The lot", Money.gbp(amount), false));
            o.estimatedValue = new BigDecimal(amount);
            o.criteria = CRITERIA;
            o.indicators = indicator == null ? List.of() : List.of(new IndicatorGoal(indicator, new BigDecimal("2.5")));
            boolean closed = status != OpportunityStatus.DRAFT && status != OpportunityStatus.PUBLISHED;
            o.clarificationDeadline = closed ? now.minus(Duration.ofDays(2)) : now.plus(Duration.ofHours(12));
            o.submissionDeadline = closed ? now.minus(Duration.ofDays(1)) : now.plus(Duration.ofDays(1));
            advance(o, status, now);
            o.updatedAt = now;
            Db.em().persist(o);
            return o.id;
        });
        Funds.open(fundOf(id), owner);
        return id;
    }

    /** Takes a draft through its life cycle to the state wanted: published at creation, closed at its deadline. */
    private static void advance(Opportunity o, OpportunityStatus wanted, Instant now) {
        if (wanted == OpportunityStatus.DRAFT) {
            return;
        }
        o.publish(o.createdAt);
        if (wanted == OpportunityStatus.PUBLISHED) {
            return;
        }
        o.close(o.submissionDeadline);
        switch (wanted) {
            case AWARDED -> o.markAwarded(now);
            case UNSUCCESSFUL -> o.declareUnsuccessful(now);
            case CANCELLED -> o.cancel("Test cancellation", now);
            default -> { }
        }
    }

    public static String fundOf(String opportunityId) {
        return "fund-" + opportunityId;
    }

    /** An award of lot-1 to the bid, pending funding, as its owner's commissioner would have made it. */
    public static String award(String opportunityId, String bidId, String amount) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Award award = Award.pending(UUID.randomUUID().toString(), opportunityId, "lot-1", bidId,
                    new BigDecimal(amount), Money.GBP, fundOf(opportunityId), "test", Instant.now());
            Db.em().persist(award);
            return award.id;
        });
    }

    /** An opportunity of the county council, under a new framework without standstill, worth £1,000 in one lot. */
    public static String countyOpportunity(OpportunityStatus status) {
        return countyOpportunity(status, 0);
    }

    public static String countyOpportunity(OpportunityStatus status, int standstillWorkingDays) {
        return opportunity(framework(List.of("health-and-wellbeing"), true, standstillWorkingDays), COUNTY, status,
                "Opportunity " + status, "1000.00", null, Instant.now());
    }

    public static void secondLot(String opportunityId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Opportunity o = Db.find(Opportunity.class, opportunityId);
            o.lots = List.of(o.lots.get(0), new Lot("lot-2", "The other lot", Money.gbp("500.00"), false));
        });
    }

    public static void openedBid(String opportunityId, String bidId, String organisationId, String price) {
        openedBid(opportunityId, "lot-1", bidId, organisationId, price);
    }

    public static void openedBid(String opportunityId, String lotId, String bidId, String organisationId, String price) {
        QuarkusTransaction.requiringNew().run(() -> {
            OpenedBid bid = new OpenedBid();
            bid.bidId = bidId;
            bid.opportunityId = opportunityId;
            bid.lotId = lotId;
            bid.organisationId = organisationId;
            bid.organisationName = "Name of " + organisationId;
            bid.price = StoredMoney.of(new BigDecimal(price), Money.GBP);
            bid.submittedAt = Instant.now();
            bid.openedAt = Instant.now();
            Db.em().persist(bid);
        });
    }

    public static void scored(String opportunityId, String bidId, int quality, int social, String comment) {
        QuarkusTransaction.requiringNew().run(() -> {
            Evaluation evaluation = new Evaluation();
            evaluation.bidId = bidId;
            evaluation.opportunityId = opportunityId;
            evaluation.scores = Map.of("quality", quality, "social", social);
            evaluation.comment = comment;
            evaluation.scoredBy = "test";
            evaluation.scoredAt = Instant.now();
            Db.em().persist(evaluation);
        });
    }

    public static void question(String opportunityId, String askerOrgId, String text, String answer) {
        QuarkusTransaction.requiringNew().run(() -> {
            Question q = new Question();
            q.id = UUID.randomUUID().toString();
            q.opportunityId = opportunityId;
            q.askerOrgId = askerOrgId;
            q.text = text;
            q.answer = answer;
            q.askedAt = Instant.now();
            q.answeredAt = answer == null ? null : Instant.now();
            Db.em().persist(q);
        });
    }

    public static <T> T read(java.util.function.Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }
}
