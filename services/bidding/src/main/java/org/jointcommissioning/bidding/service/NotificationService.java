package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.bidding.domain.Notification;
import org.jointcommissioning.bidding.repository.NotificationRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Clock;

/** The notification list of the caller's organisation: shared by its users, read by any of them. */
@ApplicationScoped
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Page<Notification> list(boolean unreadOnly, PageRequest page) {
        return notifications.of(caller.requireOrgId(), unreadOnly, page);
    }

    @Transactional
    public Notification markRead(String id) {
        Notification notification = notifications.findOf(caller.requireOrgId(), id)
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        notification.read(clock.instant());
        return notification;
    }
}
