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

    /**
     * Announces a contract of {@code amount}, commissioned by {@code partner} from the pooled fund, serving each
     * indicator by 25 points; answers its award id.
     */
    public static String contractAwarded(String partner, String amount, String... codes) {
        ContractAwarded event = awarded(partner, amount, codes);
        send(event.awardId(), event);
        return event.awardId();
    }

    /** The event {@link #contractAwarded} sends, with a new award id. */
    public static ContractAwarded awarded(String partner, String amount, String... codes) {
        return new ContractAwarded("award-" + UUID.randomUUID(), "opp-1", "Community health coaching", "lot-1", "bid-1",
                partner, "carers-network", "Carers Network", Money.gbp(amount), FUND,
                Arrays.stream(codes).map(c -> new IndicatorTarget(c, new BigDecimal("25"))).toList(),
                Instant.parse("2026-11-01T09:00:00Z"));
    }

    public static void awardCancelled(String awardId) {
        send(awardId, new AwardCancelled(awardId, "opp-1", "lot-1", FUND, "Supplier withdrew",
                Instant.parse("2026-11-20T09:00:00Z")));
    }

    /** Sends a payment under the given event id: the same id twice is a redelivery. */
    public static void paymentRecorded(String eventId, String paymentId, String awardId, String amount) {
        PaymentRecorded event = paid(paymentId, FUND, awardId, amount);
        EventContracts.assertValid(event);
        KafkaEvents.send(eventId, FUND, event);
    }

    /** A payment of {@code amount} from {@code fundId} on an award. */
    public static PaymentRecorded paid(String paymentId, String fundId, String awardId, String amount) {
        return new PaymentRecorded(paymentId, fundId, awardId, Money.gbp(amount),
                LocalDate.parse("2026-11-15"), Instant.parse("2026-11-15T10:00:00Z"));
    }

    private static void send(String key, Record event) {
        EventContracts.assertValid(event);
        KafkaEvents.send(key, event);
    }
}
