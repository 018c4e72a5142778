package org.jointcommissioning.outcomes.events;

import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.IndicatorTarget;
import org.jointcommissioning.contracts.events.PaymentRecorded;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.testing.EventContracts;
import org.jointcommissioning.testing.KafkaEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/** The other services' events, as they would send them, checked against their contracts before sending. */
public final class SentEvents {

    public static final String FUND = "fund-laa-pooled";

    private SentEvents() {
    }

    /** Announces a contract of {@code amount} serving each indicator by 25 points; answers its award id. */
    public static String contractAwarded(String amount, String... codes) {
        String awardId = "award-" + UUID.randomUUID();
        ContractAwarded event = new ContractAwarded(awardId, "opp-1", "Community health coaching", "lot-1", "bid-1",
                "county-council", "carers-network", "Carers Network", Money.gbp(amount), FUND,
                Arrays.stream(codes).map(c -> new IndicatorTarget(c, new BigDecimal("25"))).toList(),
                Instant.parse("2026-11-01T09:00:00Z"));
        send(awardId, event);
        return awardId;
    }

    public static void awardCancelled(String awardId) {
        send(awardId, new AwardCancelled(awardId, "opp-1", "lot-1", FUND, "Supplier withdrew",
                Instant.parse("2026-11-20T09:00:00Z")));
    }

    /** Sends a payment under the given event id: the same id twice is a redelivery. */
    public static void paymentRecorded(String eventId, String paymentId, String awardId, String amount) {
        PaymentRecorded event = new PaymentRecorded(paymentId, FUND, awardId, Money.gbp(amount),
                LocalDate.parse("2026-11-15"), Instant.parse("2026-11-15T10:00:00Z"));
        EventContracts.assertValid(event);
        KafkaEvents.send(eventId, FUND, event);
    }

    private static void send(String key, Record event) {
        EventContracts.assertValid(event);
        KafkaEvents.send(key, event);
    }
}
