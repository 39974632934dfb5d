package cymru.llais.notify.boundary;

import cymru.llais.notify.control.NotifyMail;
import cymru.llais.notify.control.NotifyMail.ConcernFacts;
import cymru.llais.notify.control.NotifyMail.News;
import cymru.llais.notify.control.NotifyMail.OutcomeFacts;
import cymru.llais.notify.control.OutcomeAudience;
import cymru.llais.notify.control.Recipients;
import cymru.llais.notify.control.UnsubscribeTokens;
import cymru.llais.platform.Mailer;
import cymru.llais.platform.PortalSettings;
import cymru.llais.outcomes.boundary.Outcomes;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What notifications keep in the database: the news of concerns (written in the transaction that made it),
 * the e-mails each piece of news and each digest puts in the outbox, ward subscriptions and opt-outs.
 */
@ApplicationScoped
public class NotifyStore {

    /** The ward news a digest holds: extend the kinds of news by setting {@code for_ward} when news is recorded. */
    static final String WARD_NEWS = "SELECT n.id, n.concern_id, n.kind, n.status, n.text_en, n.text_cy, n.event_id FROM concern_news n"
            + " JOIN concern c ON c.id = n.concern_id"
            + " WHERE n.ward_code = ?1 AND n.for_ward = 1 AND n.created_at > ?2 AND n.created_at <= ?3"
            + " AND c.publication = 'PUBLISHED' AND c.is_sensitive = 0 ORDER BY n.id";

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Areas areas;

    @Inject
    Outcomes outcomes;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "llais.mail.unsubscribe-secret")
    Optional<String> configuredSecret;

    private volatile UnsubscribeTokens tokens;

    /** The unsubscribe key: configured, or made on first start and kept in the database for every instance. */
    @Transactional
    public UnsubscribeTokens tokens() {
        UnsubscribeTokens t = tokens;
        if (t == null) {
            t = new UnsubscribeTokens(secret().getBytes(StandardCharsets.UTF_8));
            tokens = t;
        }
        return t;
    }

    private String secret() {
        if (configuredSecret.isPresent() && configuredSecret.get().strip().length() >= 16) {
            return configuredSecret.get().strip();
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        em.createNativeQuery("INSERT IGNORE INTO notify_secret (name, secret, created_at) VALUES ('unsubscribe', ?1, ?2)")
                .setParameter(1, Base64.getUrlEncoder().withoutPadding().encodeToString(random)).setParameter(2, now())
                .executeUpdate();
        return (String) em.createNativeQuery("SELECT secret FROM notify_secret WHERE name = 'unsubscribe'").getSingleResult();
    }

    /** Records news in the caller's transaction; the same event recorded twice is one piece of news. */
    @Transactional
    public void record(String kind, Long concernId, long eventId, String wardCode, String status, boolean forWard,
                       BilingualText text, Instant at) {
        boolean hasText = text != null;
        var insert = em.createNativeQuery("INSERT IGNORE INTO concern_news (kind, concern_id, event_id, ward_code, status, for_ward,"
                        + (hasText ? " text_en, text_cy," : "") + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                        + (hasText ? " ?7, ?8," : "") + " ?9)")
                .setParameter(1, kind).setParameter(2, concernId).setParameter(3, eventId).setParameter(4, wardCode)
                .setParameter(5, status).setParameter(6, forWard ? 1 : 0).setParameter(9, utc(at));
        if (hasText) {
            insert.setParameter(7, text.en()).setParameter(8, text.cy());
        }
        insert.executeUpdate();
    }

    /** For news fired by another capability: the concern's ward, status and sensitivity, as they are now. */
    @Transactional
    public void recordNews(ConcernNews news) {
        Object[] c = (Object[]) em.createNativeQuery("SELECT ward_code, status, is_sensitive FROM concern WHERE id = ?1")
                .setParameter(1, news.concernId()).getSingleResult();
        boolean sensitive = truth(c[2]);
        record(news.kind().name(), news.concernId(), news.eventId(), (String) c[0], (String) c[1],
                !sensitive && news.kind() == ConcernNews.Kind.OUTCOME_PUBLISHED, news.text(), news.at());
    }

    /**
     * Records a merge as news of the merged concern (its event is the kept concern), with the followers it has now:
     * they will follow the kept one by the time the news is dispatched.
     */
    @Transactional
    public void recordMerge(long mergedId, long keptId, Instant at) {
        Object[] c = (Object[]) em.createNativeQuery("SELECT ward_code, status FROM concern WHERE id = ?1")
                .setParameter(1, mergedId).getSingleResult();
        record(NotifyMail.MERGED, mergedId, keptId, (String) c[0], (String) c[1], false, null, at);
        Number newsId = (Number) em.createNativeQuery("SELECT id FROM concern_news WHERE kind = ?1 AND concern_id = ?2 AND event_id = ?3")
                .setParameter(1, NotifyMail.MERGED).setParameter(2, mergedId).setParameter(3, keptId).getSingleResult();
        em.createNativeQuery("INSERT IGNORE INTO concern_news_follower (news_id, resident_id)"
                        + " SELECT ?1, resident_id FROM concern_follower WHERE concern_id = ?2")
                .setParameter(1, newsId.longValue()).setParameter(2, mergedId).executeUpdate();
    }

    /** Puts the e-mails of news not yet dispatched into the outbox; several instances never take the same news. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int dispatchPending(int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, concern_id, event_id, ward_code, status, for_ward, text_en, text_cy, superseded_by"
                + " FROM concern_news WHERE dispatched_at IS NULL ORDER BY id LIMIT " + Math.max(1, limit) + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        Set<Long> outcomesTold = new HashSet<>();
        for (Object[] r : rows) {
            long newsId = ((Number) r[0]).longValue();
            String kind = (String) r[1];
            long concernId = ((Number) r[2]).longValue();
            if (r[9] != null || NotifyMail.OUTCOME_PUBLISHED.equals(kind)) {
                // a status change an outcome superseded is told by the outcome's e-mail
                long outcomeId = r[9] != null ? ((Number) r[9]).longValue() : ((Number) r[3]).longValue();
                if (outcomesTold.add(outcomeId)) {
                    dispatchOutcome(outcomeId);
                }
                em.createNativeQuery("UPDATE concern_news SET dispatched_at = ?1 WHERE id = ?2").setParameter(1, now())
                        .setParameter(2, newsId).executeUpdate();
                continue;
            }
            if (NotifyMail.MERGED.equals(kind)) {
                dispatchMerge(newsId, concernId, ((Number) r[3]).longValue());
                em.createNativeQuery("UPDATE concern_news SET dispatched_at = ?1 WHERE id = ?2").setParameter(1, now())
                        .setParameter(2, newsId).executeUpdate();
                continue;
            }
            News news = new News(kind, (String) r[5], r[7] == null ? null : new BilingualText((String) r[7], (String) r[8]));
            facts(concernId).ifPresent(facts -> {
                List<Recipients.Recipient> told = recipients(concernId).all();
                for (Recipients.Recipient to : told) {
                    String key = tokens().addressKey(to.email());
                    if (optedOut(key, "concern:" + concernId)) {
                        continue;
                    }
                    Mailer.Mail mail = NotifyMail.concernNews(to, facts, news, links("concern:" + concernId, to.email()));
                    mailer.sendOnce(mail, "status:" + concernId + ":" + ((Number) r[3]).longValue() + ":" + key.substring(0, 32));
                }
                if (truth(r[6]) && published(concernId)) {
                    immediateWardNews(newsId, (String) r[4], facts, news,
                            told.stream().map(Recipients.Recipient::email).collect(java.util.stream.Collectors.toSet()));
                }
            });
            em.createNativeQuery("UPDATE concern_news SET dispatched_at = ?1 WHERE id = ?2").setParameter(1, now())
                    .setParameter(2, newsId).executeUpdate();
        }
        return rows.size();
    }

    /**
     * An outcome's e-mails: one to each reporter and follower of the concerns it answers (see {@link OutcomeAudience}),
     * then one to each immediate subscriber of the wards of its public concerns whom that has not told. Every e-mail
     * is keyed by the outcome and the address, so a second round (another concern's news of the same outcome, a
     * replay after a crash) sends nothing more.
     */
    @SuppressWarnings("unchecked")
    private void dispatchOutcome(long outcomeId) {
        Optional<OutcomeFacts> found = outcomeFacts(outcomeId);
        if (found.isEmpty()) {
            return;
        }
        OutcomeFacts outcome = found.get();
        List<Object[]> linked = em.createNativeQuery("SELECT concern_id, ward_code, for_ward FROM concern_news"
                + " WHERE kind = 'OUTCOME_PUBLISHED' AND event_id = ?1 ORDER BY id").setParameter(1, outcomeId).getResultList();
        OutcomeAudience audience = new OutcomeAudience();
        Set<String> told = new HashSet<>();
        Map<String, ConcernFacts> wards = new LinkedHashMap<>();
        for (Object[] l : linked) {
            long concernId = ((Number) l[0]).longValue();
            Optional<ConcernFacts> facts = facts(concernId);
            if (facts.isEmpty()) {
                continue;
            }
            for (Recipients.Recipient to : recipients(concernId).all()) {
                if (facts.get().sensitive() && to.reason() != Recipients.Reason.REPORTED) {
                    continue;
                }
                told.add(to.email());
                if (!optedOut(tokens().addressKey(to.email()), "concern:" + concernId)) {
                    audience.add(to, concernId, facts.get());
                }
            }
            if (truth(l[2]) && !facts.get().sensitive() && published(concernId)) {
                wards.putIfAbsent((String) l[1], facts.get());
            }
        }
        for (OutcomeAudience.Person person : audience.people()) {
            String email = person.recipient().email();
            List<OutcomeAudience.Linked> theirs = person.told();
            Mailer.Mail mail = NotifyMail.outcomeNews(person.recipient(), outcome,
                    theirs.stream().map(OutcomeAudience.Linked::facts).toList(), links("concern:" + theirs.get(0).concernId(), email));
            mailer.sendOnce(mail, "outcome:" + outcomeId + ":" + tokens().addressKey(email).substring(0, 32));
        }
        for (Map.Entry<String, ConcernFacts> ward : wards.entrySet()) {
            String wardCode = ward.getKey();
            News news = new News(NotifyMail.OUTCOME_PUBLISHED, ward.getValue().status(), outcome.done());
            List<Object[]> subs = em.createNativeQuery("SELECT s.id, a.email, a.language FROM ward_subscription s"
                            + " JOIN resident_account a ON a.id = s.resident_id"
                            + " WHERE s.ward_code = ?1 AND s.frequency = 'IMMEDIATE' AND a.verified_at IS NOT NULL ORDER BY s.id")
                    .setParameter(1, wardCode).getResultList();
            for (Object[] sub : subs) {
                String email = (String) sub[1];
                String address = cymru.llais.shared.EmailAddress.normalise(email);
                if (told.contains(address) || optedOut(tokens().addressKey(email), "ward:" + wardCode)) {
                    continue;
                }
                told.add(address);
                NotifyMail.wardNews(email, language((String) sub[2]), ward.getValue().ward(), List.of(new NotifyMail.WardItem(
                                ward.getValue(), news, outcome)), links("ward:" + wardCode, email))
                        .ifPresent(mail -> mailer.sendOnce(mail, "ward-outcome:" + outcomeId + ":"
                                + tokens().addressKey(email).substring(0, 32)));
            }
        }
    }

    /**
     * A merge's e-mails: to the merged concern's own reporter and to the followers it had, once each; the link to
     * stop them names the kept concern, whose news they get from now on. The followers' record is then forgotten.
     */
    @SuppressWarnings("unchecked")
    private void dispatchMerge(long newsId, long mergedId, long keptId) {
        Optional<ConcernFacts> merged = facts(mergedId);
        Optional<ConcernFacts> kept = facts(keptId);
        if (merged.isPresent() && kept.isPresent()) {
            Recipients r = new Recipients();
            reporter(r, (Object[]) em.createNativeQuery("SELECT c.reporter_email, a.email, a.language FROM concern c"
                    + " LEFT JOIN resident_account a ON a.id = c.reporter_account_id WHERE c.id = ?1").setParameter(1, mergedId)
                    .getSingleResult());
            for (Object[] f : (List<Object[]>) em.createNativeQuery("SELECT a.email, a.language FROM concern_news_follower f"
                    + " JOIN resident_account a ON a.id = f.resident_id WHERE f.news_id = ?1 AND a.verified_at IS NOT NULL ORDER BY a.id")
                    .setParameter(1, newsId).getResultList()) {
                r.add((String) f[0], language((String) f[1]), Recipients.Reason.FOLLOWS);
            }
            for (Recipients.Recipient to : r.all()) {
                String key = tokens().addressKey(to.email());
                if (optedOut(key, "concern:" + mergedId) || optedOut(key, "concern:" + keptId)) {
                    continue;
                }
                mailer.sendOnce(NotifyMail.mergedNews(to, merged.get(), kept.get(), links("concern:" + keptId, to.email())),
                        "merged:" + mergedId + ":" + key.substring(0, 32));
            }
        }
        em.createNativeQuery("DELETE FROM concern_news_follower WHERE news_id = ?1").setParameter(1, newsId).executeUpdate();
    }

    /** A published outcome as its e-mails describe it; empty when there is none. */
    private Optional<OutcomeFacts> outcomeFacts(long outcomeId) {
        return outcomes.published(outcomeId).map(o -> new OutcomeFacts(o.id(), o.kind().key(),
                o.partnerName() == null ? new BilingualText("", "") : o.partnerName(), o.response(), o.outcome(), o.reason(),
                o.doneOn()));
    }

    /** The status changes an outcome's publishing made: its e-mail tells them, so they are neither sent nor in a digest. */
    @Transactional
    public void supersede(long outcomeId, List<StatusChangesOfTransaction.Change> changes) {
        for (StatusChangesOfTransaction.Change c : changes) {
            em.createNativeQuery("UPDATE concern_news SET dispatched_at = ?1, for_ward = 0, superseded_by = ?2"
                            + " WHERE kind = 'STATUS_CHANGED' AND concern_id = ?3 AND event_id = ?4 AND dispatched_at IS NULL")
                    .setParameter(1, now()).setParameter(2, outcomeId).setParameter(3, c.concernId())
                    .setParameter(4, c.statusChangeId()).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    /** The ward's immediate subscribers, but not those the concern's own e-mail has just told. */
    private void immediateWardNews(long newsId, String wardCode, ConcernFacts facts, News news, java.util.Set<String> told) {
        List<Object[]> subs = em.createNativeQuery("SELECT s.id, a.email, a.language FROM ward_subscription s"
                        + " JOIN resident_account a ON a.id = s.resident_id"
                        + " WHERE s.ward_code = ?1 AND s.frequency = 'IMMEDIATE' AND a.verified_at IS NOT NULL")
                .setParameter(1, wardCode).getResultList();
        for (Object[] s : subs) {
            String email = (String) s[1];
            if (told.contains(cymru.llais.shared.EmailAddress.normalise(email)) || optedOut(tokens().addressKey(email), "ward:" + wardCode)) {
                continue;
            }
            NotifyMail.wardNews(email, language((String) s[2]), facts.ward(), List.of(new NotifyMail.WardItem(facts, news)),
                            links("ward:" + wardCode, email))
                    .ifPresent(mail -> mailer.sendOnce(mail, "ward:" + newsId + ":" + ((Number) s[0]).longValue()));
        }
    }

    /**
     * Sends the digests of one frequency that are due (their last one at least {@code period} ago): each with
     * the ward's news since the last, and none when there was no news.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int sendDigests(String frequency, Duration period, int limit) {
        LocalDateTime now = now();
        List<Object[]> subs = em.createNativeQuery("SELECT s.id, s.ward_code, s.last_digest_at, a.email, a.language"
                        + " FROM ward_subscription s JOIN resident_account a ON a.id = s.resident_id"
                        + " WHERE s.frequency = ?1 AND s.last_digest_at <= ?2 AND a.verified_at IS NOT NULL"
                        + " ORDER BY s.id LIMIT " + Math.max(1, limit) + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, frequency).setParameter(2, utc(clock.instant().minus(period))).getResultList();
        for (Object[] s : subs) {
            long id = ((Number) s[0]).longValue();
            String wardCode = (String) s[1];
            String email = (String) s[3];
            List<Object[]> rows = em.createNativeQuery(WARD_NEWS).setParameter(1, wardCode).setParameter(2, s[2])
                    .setParameter(3, now).getResultList();
            List<NotifyMail.WardItem> items = new ArrayList<>();
            Set<Long> outcomesListed = new HashSet<>();
            long last = 0;
            for (Object[] n : rows) {
                last = Math.max(last, ((Number) n[0]).longValue());
                News news = new News((String) n[2], (String) n[3], n[4] == null ? null : new BilingualText((String) n[4], (String) n[5]));
                if (NotifyMail.OUTCOME_PUBLISHED.equals(n[2])) {
                    long outcomeId = ((Number) n[6]).longValue();
                    if (outcomesListed.add(outcomeId)) {
                        outcomeFacts(outcomeId).ifPresent(o -> facts(((Number) n[1]).longValue())
                                .ifPresent(f -> items.add(new NotifyMail.WardItem(f, news, o))));
                    }
                    continue;
                }
                facts(((Number) n[1]).longValue()).ifPresent(f -> items.add(new NotifyMail.WardItem(f, news)));
            }
            if (!optedOut(tokens().addressKey(email), "ward:" + wardCode)) {
                long lastNews = last;
                NotifyMail.wardNews(email, language((String) s[4]), wardName(wardCode), items, links("ward:" + wardCode, email))
                        .ifPresent(mail -> mailer.sendOnce(mail, "digest:" + id + ":" + lastNews));
            }
            em.createNativeQuery("UPDATE ward_subscription SET last_digest_at = ?1 WHERE id = ?2").setParameter(1, now)
                    .setParameter(2, id).executeUpdate();
        }
        return subs.size();
    }

    private NotifyMail.Links links(String scope, String email) {
        return new NotifyMail.Links(settings.getBaseUrl(), tokens().sign(scope, email),
                new BilingualText(settings.siteName(Language.EN), settings.siteName(Language.CY)));
    }

    private Optional<ConcernFacts> facts(long concernId) {
        List<?> rows = em.createNativeQuery("SELECT c.reference, c.is_sensitive, c.ward_code, c.status, k.name_en, k.name_cy"
                + " FROM concern c JOIN category k ON k.code = c.category_code WHERE c.id = ?1").setParameter(1, concernId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) rows.get(0);
        return Optional.of(new ConcernFacts((String) c[0], truth(c[1]), new BilingualText((String) c[4], (String) c[5]),
                wardName((String) c[2]), (String) c[3]));
    }

    private boolean published(long concernId) {
        return "PUBLISHED".equals(em.createNativeQuery("SELECT publication FROM concern WHERE id = ?1").setParameter(1, concernId)
                .getSingleResult());
    }

    /** The reporter, the reporters of concerns merged into it, and its followers (with confirmed accounts). */
    @SuppressWarnings("unchecked")
    Recipients recipients(long concernId) {
        Recipients r = new Recipients();
        Object[] c = (Object[]) em.createNativeQuery("SELECT c.reporter_email, a.email, a.language FROM concern c"
                + " LEFT JOIN resident_account a ON a.id = c.reporter_account_id WHERE c.id = ?1").setParameter(1, concernId)
                .getSingleResult();
        reporter(r, c);
        for (Object[] m : (List<Object[]>) em.createNativeQuery("SELECT cr.reporter_email, a.email, a.language FROM concern_reporter cr"
                + " LEFT JOIN resident_account a ON a.id = cr.reporter_account_id WHERE cr.concern_id = ?1 ORDER BY cr.id")
                .setParameter(1, concernId).getResultList()) {
            reporter(r, m);
        }
        for (Object[] f : (List<Object[]>) em.createNativeQuery("SELECT a.email, a.language FROM concern_follower f"
                + " JOIN resident_account a ON a.id = f.resident_id WHERE f.concern_id = ?1 AND a.verified_at IS NOT NULL"
                + " ORDER BY f.created_at").setParameter(1, concernId).getResultList()) {
            r.add((String) f[0], language((String) f[1]), Recipients.Reason.FOLLOWS);
        }
        return r;
    }

    private static void reporter(Recipients r, Object[] row) {
        if (row[1] != null) {
            r.add((String) row[1], language((String) row[2]), Recipients.Reason.REPORTED);
        } else {
            r.add((String) row[0], null, Recipients.Reason.REPORTED);
        }
    }

    boolean optedOut(String addressKey, String scope) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notify_opt_out WHERE address_key = ?1 AND scope IN ('all', ?2)")
                .setParameter(1, addressKey).setParameter(2, scope).getSingleResult()).longValue() > 0;
    }

    /** Stops the e-mails of a scope to the address with this key; for a ward, its subscriptions of that address end too. */
    @Transactional
    @SuppressWarnings("unchecked")
    public void optOut(String addressKey, String scope) {
        em.createNativeQuery("INSERT IGNORE INTO notify_opt_out (address_key, scope, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, addressKey).setParameter(2, scope).setParameter(3, now()).executeUpdate();
        if (scope.startsWith("ward:") || "all".equals(scope)) {
            var query = em.createNativeQuery("SELECT s.id, a.email FROM ward_subscription s JOIN resident_account a ON a.id = s.resident_id"
                    + ("all".equals(scope) ? "" : " WHERE s.ward_code = ?1"));
            if (!"all".equals(scope)) {
                query.setParameter(1, scope.substring("ward:".length()));
            }
            for (Object[] s : (List<Object[]>) query.getResultList()) {
                if (tokens().addressKey((String) s[1]).equals(addressKey)) {
                    em.createNativeQuery("DELETE FROM ward_subscription WHERE id = ?1").setParameter(1, s[0]).executeUpdate();
                }
            }
        }
    }

    /** Ends an address's opt-out of one scope; an opt-out of everything stays, as it does when a ward is subscribed to. */
    @Transactional
    public void optBackIn(String email, String scope) {
        if (email == null || email.isBlank()) {
            return;
        }
        em.createNativeQuery("DELETE FROM notify_opt_out WHERE address_key = ?1 AND scope = ?2")
                .setParameter(1, tokens().addressKey(email)).setParameter(2, scope).executeUpdate();
    }

    /** The reference of a concern, for the unsubscribe page. */
    public Optional<String> reference(long concernId) {
        return em.createNativeQuery("SELECT reference FROM concern WHERE id = ?1").setParameter(1, concernId)
                .getResultStream().findFirst().map(String.class::cast);
    }

    public BilingualText wardName(String code) {
        return areas.ward(code).map(WardInfo::name).orElse(new BilingualText(code, code));
    }

    /** A resident's ward subscriptions. */
    public record WardSubscription(String wardCode, BilingualText wardName, String frequency) {
    }

    @SuppressWarnings("unchecked")
    public List<WardSubscription> subscriptions(Long residentId) {
        List<WardSubscription> result = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT ward_code, frequency FROM ward_subscription WHERE resident_id = ?1"
                + " ORDER BY created_at, id").setParameter(1, residentId).getResultList()) {
            result.add(new WardSubscription((String) r[0], wardName((String) r[0]), (String) r[1]));
        }
        return result;
    }

    /** Subscribes (or changes how often); news from now on. The address's earlier opt-out of this ward ends. */
    @Transactional
    public void subscribe(Long residentId, String wardCode, String frequency) {
        LocalDateTime now = now();
        em.createNativeQuery("INSERT INTO ward_subscription (resident_id, ward_code, frequency, created_at, last_digest_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?4) ON DUPLICATE KEY UPDATE frequency = ?3")
                .setParameter(1, residentId).setParameter(2, wardCode).setParameter(3, frequency).setParameter(4, now).executeUpdate();
        List<?> email = em.createNativeQuery("SELECT email FROM resident_account WHERE id = ?1").setParameter(1, residentId).getResultList();
        if (!email.isEmpty()) {
            em.createNativeQuery("DELETE FROM notify_opt_out WHERE address_key = ?1 AND scope = ?2")
                    .setParameter(1, tokens().addressKey((String) email.get(0))).setParameter(2, "ward:" + wardCode).executeUpdate();
        }
    }

    @Transactional
    public boolean unsubscribe(Long residentId, String wardCode) {
        return em.createNativeQuery("DELETE FROM ward_subscription WHERE resident_id = ?1 AND ward_code = ?2")
                .setParameter(1, residentId).setParameter(2, wardCode).executeUpdate() > 0;
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElse(null);
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private LocalDateTime now() {
        return utc(clock.instant());
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
