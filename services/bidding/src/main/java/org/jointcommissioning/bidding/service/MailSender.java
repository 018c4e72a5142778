package org.jointcommissioning.bidding.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointcommissioning.bidding.repository.OutgoingMailRepository;
import org.jointcommissioning.bidding.repository.OutgoingMailRepository.OutgoingMail;

import java.time.Clock;
import java.util.List;

/**
 * Sends the outbox's mails through the configured SMTP server, each at most once: a batch is claimed in a transaction
 * that commits before the first mail leaves, and each mail is then marked sent or failed. A crash after the claim
 * leaves a mail claimed and never sent (the notification in the API still tells); it never sends a mail twice. A
 * failed send is recorded with its reason and not retried, for the same reason: the server may have taken it.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @Inject
    OutgoingMailRepository mails;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @ConfigProperty(name = "platform.alerts.mail-batch-size", defaultValue = "20")
    int batchSize;

    @Scheduled(every = "${platform.alerts.mail-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendPending() {
        List<OutgoingMail> claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(() -> mails.claim(batchSize, clock.instant()));
            claimed.forEach(this::send);
        } while (claimed.size() == batchSize);
    }

    private void send(OutgoingMail mail) {
        try {
            mailer.send(Mail.withText(mail.recipient(), mail.subject(), mail.body()));
            QuarkusTransaction.requiringNew().run(() -> mails.sent(mail.id(), clock.instant()));
            LOG.infof("Mail %s sent", mail.id());
        } catch (RuntimeException e) {
            LOG.warnf("Mail %s not sent and not retried: %s", mail.id(), e.toString());
            QuarkusTransaction.requiringNew().run(() -> mails.failed(mail.id(), e.toString(), clock.instant()));
        }
    }
}
