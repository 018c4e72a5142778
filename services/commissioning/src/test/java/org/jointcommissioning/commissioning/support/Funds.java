package org.jointcommissioning.commissioning.support;

import io.quarkus.hibernate.orm.panache.Panache;
import org.jointcommissioning.contracts.events.FundMembershipChanged;
import org.jointcommissioning.testing.EventContracts;
import org.jointcommissioning.testing.KafkaEvents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The budgets service's word on who may draw on a fund: FundMembershipChanged, checked against its contract, sent
 * as budgets sends it (keyed by fund id) and waited for until commissioning has applied it. The first member hosts.
 */
public final class Funds {

    private Funds() {
    }

    /** The fund is open, with these members. */
    public static void open(String fundId, String... members) {
        changed(fundId, true, Instant.now(), members);
    }

    /** The fund is closed; it had these members. */
    public static void closed(String fundId, String... members) {
        changed(fundId, false, Instant.now(), members);
    }

    /** The membership as of {@code changedAt}, which may be older than one already sent; members named "Name of …". */
    public static void changed(String fundId, boolean open, Instant changedAt, String... members) {
        named(UUID.randomUUID().toString(), fundId, open, changedAt, Arrays.stream(members)
                .map(id -> new FundMembershipChanged.Partner(id, "Name of " + id, null)).toList());
    }

    /** The open fund's members as budgets names them, sent as the event with this id (the same id twice is a redelivery). */
    public static void named(String eventId, String fundId, boolean open, Instant changedAt,
                             List<FundMembershipChanged.Partner> partners) {
        List<String> members = partners.stream().map(FundMembershipChanged.Partner::id).toList();
        FundMembershipChanged event = new FundMembershipChanged(fundId, members.get(0), open, members, partners,
                changedAt.truncatedTo(ChronoUnit.MICROS));
        EventContracts.assertValid(event);
        KafkaEvents.send(eventId, fundId, event);
        await().atMost(Journey.WAIT).until(() -> applied(eventId));
    }

    private static boolean applied(String eventId) {
        return Fixtures.read(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from inbox where consumer = 'commissioning-funds' and event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }
}
