package cymru.llais.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends what waits in the outbox, every few seconds; an unreachable SMTP server only delays the e-mails. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 20;

    @Resource
    TimerService timers;

    @Inject
    MailOutbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "llais.mail.poll-seconds", defaultValue = "5")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long every = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("mail-outbox", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<MailOutbox.Claimed> due;
            do {
                due = outbox.claim(BATCH);
                for (int i = 0; i < due.size(); i++) {
                    MailOutbox.Claimed e = due.get(i);
                    try {
                        mailer.send(e.mail());
                        outbox.sent(e.id());
                    } catch (Exception failure) {
                        outbox.failed(e, failure.getMessage());
                        // the server is down: the rest of this batch waits as long as the one that failed
                        outbox.release(due.subList(i + 1, due.size()), MailOutbox.backoff(e.attempts() + 1));
                        LOG.log(Level.WARNING, "Llais: e-mail {0} not sent yet (attempt {1}): {2}",
                                new Object[] {e.id(), e.attempts() + 1, failure.getMessage()});
                        return;
                    }
                }
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Llais: outbox round failed: {0}", e.getMessage());
        } finally {
            running.set(false);
        }
    }
}
