package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.bidding.domain.Notification;
import org.jointcommissioning.bidding.domain.NotificationKind;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.repository.NotificationRepository;
import org.jointcommissioning.bidding.repository.OrganisationRepository;
import org.jointcommissioning.bidding.repository.OutgoingMailRepository;
import org.jointcommissioning.common.web.PublicLinks;

import java.time.Clock;
import java.util.UUID;

/**
 * Tells an organisation something once: the notification and its mail are written in the caller's transaction (the
 * event's, with its inbox row), and a notification that exists already (same source, opportunity and change) writes
 * neither again. The mail goes to the contact address of the organisation's profile: the one address the
 * organisation keeps for the council's correspondence. An organisation without a profile gets the notification only.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    @Inject
    NotificationRepository notifications;

    @Inject
    OutgoingMailRepository mails;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    /** What to tell: about which opportunity, which change of it, and in which words. */
    public record Message(String opportunityId, String change, NotificationKind kind, String title, String text) {
    }

    /** {@code alertId} is the alert that matched, or null for an organisation that follows the opportunity. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(String orgId, String alertId, Message message) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID().toString();
        notification.orgId = orgId;
        notification.alertId = alertId;
        notification.source = alertId == null ? Notification.FOLLOWED : alertId;
        notification.opportunityId = message.opportunityId();
        notification.change = message.change();
        notification.kind = message.kind();
        notification.title = message.title();
        notification.message = message.text();
        notification.createdAt = clock.instant();
        if (!notifications.recordOnce(notification)) {
            LOG.infof("Organisation %s was told of %s on %s already", orgId, message.change(), message.opportunityId());
            return;
        }
        Organisation organisation = organisations.findById(orgId);
        if (organisation != null && organisation.contactEmail != null) {
            mails.queue(notification.id, organisation.contactEmail, message.title(), message.text() + "\n\n"
                    + links.to("/api/opportunities/" + message.opportunityId()) + "\n", notification.createdAt);
        }
        LOG.infof("Organisation %s told of %s on %s", orgId, message.change(), message.opportunityId());
    }
}
