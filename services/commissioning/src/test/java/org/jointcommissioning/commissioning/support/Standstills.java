package org.jointcommissioning.commissioning.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.service.AwardFunding;
import org.jointcommissioning.commissioning.service.ChallengeService;
import org.jointcommissioning.contracts.events.FundsReserved;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.identity.Acting;

import java.time.Clock;

/**
 * Awards in their standstill, and challenges to them, made through the services as their people would, for tests
 * whose caller is someone else. The carers network's bid {@code <id>-a} wins lot-1; the youth trust's {@code <id>-b}
 * does not.
 */
public final class Standstills {

    public static final String WINNER = "carers-network";
    public static final String LOSER = "youth-trust";

    private Standstills() {
    }

    /** A closed opportunity of the county council whose framework stands still for the days given, both bids scored. */
    public static String scoredOpportunity(int standstillWorkingDays) {
        String id = Fixtures.countyOpportunity(OpportunityStatus.CLOSED, standstillWorkingDays);
        Fixtures.openedBid(id, id + "-a", WINNER, "900.00");
        Fixtures.openedBid(id, id + "-b", LOSER, "1000.00");
        Fixtures.scored(id, id + "-a", 80, 70, "Clear and local");
        Fixtures.scored(id, id + "-b", 60, 90, "Great social value, weaker delivery plan");
        return id;
    }

    /** An award of lot-1 to the carers network whose fund has reserved the money: eight working days of standstill. */
    public static Award awardInStandstill(AwardFunding funding, Clock clock) {
        String id = scoredOpportunity(8);
        String awardId = Fixtures.award(id, id + "-a", "900.00");
        QuarkusTransaction.requiringNew().run(() -> funding.reserved(new FundsReserved(awardId, Fixtures.fundOf(id),
                "reservation-" + awardId, Money.gbp("900.00"), clock.instant())));
        return award(awardId);
    }

    /** The youth trust's bidder challenges the award. */
    public static String challenged(ChallengeService challenges, String awardId) {
        return QuarkusTransaction.requiringNew().call(() -> Acting.as(Acting.person("yusuf", LOSER, "bidder"),
                () -> challenges.challenge(awardId, "The social value scores ignored our volunteer hours").id));
    }

    public static Award award(String awardId) {
        return Fixtures.read(() -> Db.find(Award.class, awardId));
    }

    public static AwardChallenge challenge(String challengeId) {
        return Fixtures.read(() -> Db.find(AwardChallenge.class, challengeId));
    }
}
