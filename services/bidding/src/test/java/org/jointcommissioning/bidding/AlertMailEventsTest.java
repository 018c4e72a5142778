package org.jointcommissioning.bidding;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import org.jointcommissioning.bidding.support.Actors;
import org.jointcommissioning.bidding.support.Alerts;
import org.jointcommissioning.bidding.support.Commissioning;
import org.jointcommissioning.bidding.support.Inboxes;
import org.jointcommissioning.bidding.support.MailServer;
import org.jointcommissioning.bidding.support.Opportunities;
import org.jointcommissioning.bidding.support.Organisations;
import org.jointcommissioning.contracts.events.ClarificationAnswered;
import org.jointcommissioning.contracts.events.OpportunityCancelled;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Commissioning's events reach the organisations whose searches they match, in the list and by one mail each. */
@QuarkusTest
class AlertMailEventsTest {

    @MailServer.Inject
    GreenMail mail;

    MutableClock clock;

    @BeforeEach
    void setUp() {
        clock = MutableClock.install();
    }

    @Test
    void aMatchingPublicationSendsOneMailAndANonMatchingOneNone() throws Exception {
        Organisations.registerCharity("alert-match");
        String alert = Alerts.save(Alerts.carersSearch());

        OpportunityPublished gritting = Opportunities.published("county-council", clock.tomorrow(), "Road gritting",
                "Winter maintenance of county roads", List.of("highways"));
        Commissioning.send(gritting.opportunityId(), gritting);
        OpportunityPublished carers = Opportunities.published("county-council", clock.tomorrow());
        Commissioning.send(carers.opportunityId(), carers);
        Inboxes.awaitOpportunityEventsConsumed(gritting.opportunityId());
        Inboxes.awaitOpportunityEventsConsumed(carers.opportunityId());

        List<MimeMessage> mails = awaitMails("alert-match", 1);
        assertTrue(mails.get(0).getSubject().contains("Carers' support"));
        assertTrue(Alerts.textOf(mails.get(0)).contains("/api/opportunities/" + carers.opportunityId()));
        // Mails are written only with notifications, and the non-matching publication wrote none.
        assertEquals(1, Alerts.mailsQueuedFor("alert-match"));
        Actors.bidder("alert-match");
        given().get("/api/notifications").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.opportunityId", contains(carers.opportunityId()))
                .body("items[0].alertId", equalTo(alert))
                .body("items[0].kind", equalTo("opportunity-published"));
    }

    @Test
    void aRedeliveredOrRepeatedPublicationSendsNothingTwice() {
        Organisations.registerCharity("alert-redelivery");
        Alerts.save(Alerts.carersSearch());

        OpportunityPublished carers = Opportunities.published("county-council", clock.tomorrow());
        String eventId = Commissioning.send(carers.opportunityId(), carers);
        Commissioning.send(eventId, carers.opportunityId(), carers);
        // The same publication again under a new event id (a producer that wrote its outbox row twice).
        Commissioning.send(carers.opportunityId(), carers);
        Inboxes.awaitOpportunityEventsConsumed(carers.opportunityId());

        awaitMails("alert-redelivery", 1);
        assertEquals(1, Alerts.mailsQueuedFor("alert-redelivery"));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> Alerts.mailsTo(mail, Alerts.contactOf("alert-redelivery")).size() == 1);
        Actors.bidder("alert-redelivery");
        given().get("/api/notifications").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void followersAreToldOfAClarificationAnswerOnceAndOthersNotAtAll() throws Exception {
        OpportunityPublished carers = Opportunities.publish("county-council", clock.tomorrow());
        Organisations.registerCharity("alert-follower");
        given().put("/api/follows/" + carers.opportunityId()).then().statusCode(200)
                .body("opportunityId", equalTo(carers.opportunityId()));
        Organisations.registerCharity("alert-bystander");

        ClarificationAnswered answer = new ClarificationAnswered(carers.opportunityId(), "county-council", "q-1",
                "May a consortium bid?", "Yes, led by a registered organisation.", Instant.now());
        String eventId = Commissioning.send(carers.opportunityId(), answer);
        Commissioning.send(eventId, carers.opportunityId(), answer);
        Inboxes.awaitOpportunityEventsConsumed(carers.opportunityId());

        List<MimeMessage> mails = awaitMails("alert-follower", 1);
        assertTrue(Alerts.textOf(mails.get(0)).contains("Yes, led by a registered organisation."));
        assertEquals(0, Alerts.mailsQueuedFor("alert-bystander"));
        Actors.bidder("alert-follower");
        given().get("/api/notifications").then().statusCode(200)
                .body("items.kind", contains("clarification-answered"));
    }

    @Test
    void aCancellationTellsTheOrganisationsThatWereAlerted() {
        Organisations.registerCharity("alert-cancel");
        Alerts.save(Alerts.carersSearch());
        OpportunityPublished carers = Opportunities.publish("county-council", clock.tomorrow());
        awaitMails("alert-cancel", 1);

        Commissioning.send(carers.opportunityId(), new OpportunityCancelled(carers.opportunityId(), "county-council",
                "Funding withdrawn", clock.instant()));
        Inboxes.awaitOpportunityEventsConsumed(carers.opportunityId());

        awaitMails("alert-cancel", 2);
        Actors.bidder("alert-cancel");
        given().get("/api/notifications").then().statusCode(200)
                .body("items.kind", containsInAnyOrder("opportunity-cancelled", "opportunity-published"));
    }

    private List<MimeMessage> awaitMails(String orgId, int count) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Alerts.mailsTo(mail, Alerts.contactOf(orgId)).size() >= count);
        return Alerts.mailsTo(mail, Alerts.contactOf(orgId));
    }
}
