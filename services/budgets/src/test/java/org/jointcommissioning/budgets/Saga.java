package org.jointcommissioning.budgets;

import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.EventTypes;
import org.jointcommissioning.contracts.events.FundingRejected;
import org.jointcommissioning.contracts.events.FundingRequested;
import org.jointcommissioning.contracts.events.FundsReserved;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.KafkaEvents;
import org.jointcommissioning.testing.ReceivedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Commissioning's side of the award saga, played by the tests: its events, and the fund's answers. */
public final class Saga {

    public static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Set<String> ANSWERS = Set.of(EventTypes.typeOf(FundsReserved.class),
            EventTypes.typeOf(FundingRejected.class));

    private Saga() {
    }

    public static String newAwardId() {
        return "award-" + UUID.randomUUID();
    }

    public static FundingRequested fundingRequested(String awardId, String fundId, String amount) {
        return fundingRequested(awardId, fundId, Money.gbp(amount));
    }

    /** A request by county-council, which hosts (and so is a member of) every test fund. */
    public static FundingRequested fundingRequested(String awardId, String fundId, Money amount) {
        return fundingRequested(awardId, fundId, "county-council", amount);
    }

    public static FundingRequested fundingRequested(String awardId, String fundId, String awardingPartnerId,
                                                    Money amount) {
        return new FundingRequested(awardId, "opportunity-1", "lot-1", fundId, awardingPartnerId, amount,
                Instant.now());
    }

    public static ContractAwarded contractAwarded(String awardId, String fundId, String amount) {
        return new ContractAwarded(awardId, "opportunity-1", "Carers' support", "lot-1", "bid-1", "county-council",
                "carers-network", "Carers Network", Money.gbp(amount), fundId, List.of(), Instant.now());
    }

    public static AwardCancelled awardCancelled(String awardId, String fundId) {
        return new AwardCancelled(awardId, "opportunity-1", "lot-1", fundId, "supplier withdrew", Instant.now());
    }

    /** Sends a funding request for a new award and answers its id. */
    public static String requestFunding(String fundId, String amount) {
        String awardId = newAwardId();
        KafkaEvents.send(awardId, fundingRequested(awardId, fundId, amount));
        return awardId;
    }

    /** The fund's answer to an award's funding request (FundsReserved or FundingRejected), checked against its schema. */
    public static ReceivedEvent answerTo(String awardId) {
        return answersTo(Set.of(awardId)).get(0);
    }

    public static List<ReceivedEvent> answersTo(Set<String> awardIds) {
        List<ReceivedEvent> answers = KafkaEvents.await(Topics.BUDGETS_FUNDS,
                e -> ANSWERS.contains(e.type()) && awardIds.contains(e.json().path("awardId").asText()),
                awardIds.size(), PATIENCE);
        answers.forEach(ReceivedEvent::assertValid);
        return answers;
    }

    /** The one event of a type about an award, checked against its schema. */
    public static ReceivedEvent event(Class<? extends Record> type, String awardId) {
        return KafkaEvents.await(Topics.BUDGETS_FUNDS,
                KafkaEvents.ofType(type).and(e -> awardId.equals(e.json().path("awardId").asText())), 1, PATIENCE)
                .get(0).assertValid();
    }
}
