package cymru.llais.privacy.boundary;

import cymru.llais.accounts.control.PasswordHashing;
import cymru.llais.i18n.Messages;
import cymru.llais.privacy.control.ErasureMode;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A person's personal data, wherever the portal holds it: their resident account, the concerns they
 * reported (by account or by address, including reports merged into another concern), the concerns they
 * follow, their flags and the e-mails written to them. "My data" downloads it all as JSON, and an erasure
 * removes it all in one transaction.
 *
 * <p>Plain SQL on purpose: this is the one place that must know every table holding personal data, and a
 * new table that holds some must be added here (the privacy test of every public output and the
 * erasure test look for what is left behind).
 */
@ApplicationScoped
public class PersonalData {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Clock clock;

    /** What an erasure did: how many concerns it touched, and whether an account went with it. */
    public record Erased(int concerns, boolean account) implements java.io.Serializable {
    }

    /** Whether the password is the resident's own: erasing an account asks for it again. */
    @Transactional
    public boolean passwordMatches(Long residentId, String password) {
        List<?> rows = em.createNativeQuery("SELECT password_hash FROM resident_account WHERE id = ?1")
                .setParameter(1, residentId).getResultList();
        return !rows.isEmpty() && password != null && !password.isEmpty()
                && PasswordHashing.verify(password.toCharArray(), (String) rows.get(0));
    }

    // ---- export

    /** All the personal data of a resident's account, as one JSON document. Empty when there is no such account. */
    @Transactional
    public Optional<JsonObject> export(Long residentId) {
        List<?> rows = em.createNativeQuery("SELECT email, display_name, language, created_at, verified_at FROM resident_account WHERE id = ?1")
                .setParameter(1, residentId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] a = (Object[]) rows.get(0);
        String email = (String) a[0];
        JsonObjectBuilder account = Json.createObjectBuilder().add("email", email);
        addText(account, "displayName", a[1]);
        account.add("language", (String) a[2]);
        addTime(account, "createdAt", a[3]);
        addTime(account, "verifiedAt", a[4]);

        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("about", Messages.get().format(Language.EN, "privacy.export.about") + " / "
                        + Messages.get().format(Language.CY, "privacy.export.about"))
                .add("account", account)
                .add("homeAddress", homeAddress(residentId))
                .add("concerns", concerns(residentId, email))
                .add("following", following(residentId))
                .add("wardSubscriptions", wardSubscriptions(residentId))
                .add("flags", flags(residentId))
                .add("outcomeRatings", outcomeRatings(residentId))
                .add("stories", stories(residentId))
                .add("budgetingProposals", proposals(residentId))
                .add("emails", emails(email));
        return Optional.of(doc.build());
    }

    /** The home address given for voting by account (an array of none or one), with where its verification stands. */
    private JsonArrayBuilder homeAddress(Long residentId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT line1, line2, town, postcode, ward_code, status, given_at, letter_at, verified_at"
                + " FROM resident_address WHERE resident_id = ?1").setParameter(1, residentId).getResultList()) {
            Object[] a = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder().add("line1", (String) a[0]);
            addText(o, "line2", a[1]);
            o.add("town", (String) a[2]).add("postcode", (String) a[3]).add("ward", (String) a[4]).add("verification", (String) a[5]);
            addTime(o, "givenAt", a[6]);
            addTime(o, "letterPrintedAt", a[7]);
            addTime(o, "verifiedAt", a[8]);
            out.add(o);
        }
        return out;
    }

    /** The projects a resident proposed for participatory budgeting, in the language they wrote them in, with where each stands. */
    private JsonArrayBuilder proposals(Long residentId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT id, round_id, language, CASE WHEN language = 'cy' THEN title_cy ELSE title_en END,"
                + " CASE WHEN language = 'cy' THEN description_cy ELSE description_en END, cost, place, status, created_at"
                + " FROM pb_project WHERE proposer_id = ?1 ORDER BY created_at, id").setParameter(1, residentId).getResultList()) {
            Object[] r = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder().add("project", ((Number) r[0]).longValue())
                    .add("round", ((Number) r[1]).longValue());
            addText(o, "language", r[2]);
            addText(o, "title", r[3]);
            addText(o, "description", r[4]);
            o.add("cost", ((Number) r[5]).longValue());
            addText(o, "place", r[6]);
            o.add("status", (String) r[7]);
            addTime(o, "proposed", r[8]);
            out.add(o);
        }
        return out;
    }

    /** The stories a resident told while signed in (anonymous ones are linked to no one). */
    private JsonArrayBuilder stories(Long residentId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT id, collection_id, title, body, lang, status, created_at FROM story"
                + " WHERE account_id = ?1 ORDER BY created_at, id").setParameter(1, residentId).getResultList()) {
            Object[] r = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder().add("story", ((Number) r[0]).longValue())
                    .add("collection", ((Number) r[1]).longValue()).add("title", (String) r[2]).add("text", (String) r[3])
                    .add("language", (String) r[4]).add("status", (String) r[5]);
            addTime(o, "told", r[6]);
            out.add(o);
        }
        return out;
    }

    private JsonArrayBuilder wardSubscriptions(Long residentId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT ward_code, frequency, created_at FROM ward_subscription WHERE resident_id = ?1"
                + " ORDER BY created_at, id").setParameter(1, residentId).getResultList()) {
            Object[] w = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder().add("ward", (String) w[0]).add("frequency", (String) w[1]);
            addTime(o, "since", w[2]);
            out.add(o);
        }
        return out;
    }

    private JsonArrayBuilder concerns(Long residentId, String email) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT c.id, c.reference, c.category_code, c.ward_code, c.location_text, c.description,"
                        + " c.original_description, c.original_location_text, c.language, c.status, c.is_sensitive, c.publication,"
                        + " c.latitude, c.longitude, c.created_at, c.updated_at, p.content_type, p.data"
                        + " FROM concern c LEFT JOIN concern_photo p ON p.concern_id = c.id"
                        + " WHERE c.id IN (" + REPORTED + ") ORDER BY c.created_at, c.id")
                .setParameter(1, residentId).setParameter(2, email).getResultList()) {
            Object[] c = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("reference", (String) c[1])
                    .add("category", (String) c[2])
                    .add("ward", (String) c[3]);
            addText(o, "place", c[4]);
            o.add("description", (String) c[5]);
            addText(o, "descriptionAsWritten", c[6]);
            addText(o, "placeAsWritten", c[7]);
            o.add("language", (String) c[8]).add("status", (String) c[9]).add("sensitive", truth(c[10]))
                    .add("publication", (String) c[11]);
            if (c[12] != null && c[13] != null) {
                o.add("latitude", (BigDecimal) c[12]).add("longitude", (BigDecimal) c[13]);
            }
            addTime(o, "reportedAt", c[14]);
            addTime(o, "updatedAt", c[15]);
            if (c[16] != null) {
                o.add("photo", Json.createObjectBuilder().add("contentType", (String) c[16])
                        .add("base64", Base64.getEncoder().encodeToString((byte[]) c[17])));
            }
            JsonArrayBuilder history = Json.createArrayBuilder();
            for (Object h : em.createNativeQuery("SELECT status, changed_at FROM concern_status_change WHERE concern_id = ?1 ORDER BY changed_at, id")
                    .setParameter(1, ((Number) c[0]).longValue()).getResultList()) {
                Object[] s = (Object[]) h;
                JsonObjectBuilder change = Json.createObjectBuilder().add("status", (String) s[0]);
                addTime(change, "at", s[1]);
                history.add(change);
            }
            o.add("history", history);
            out.add(o);
        }
        return out;
    }

    private JsonArrayBuilder following(Long residentId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT c.reference, f.created_at FROM concern_follower f JOIN concern c ON c.id = f.concern_id"
                + " WHERE f.resident_id = ?1 ORDER BY f.created_at").setParameter(1, residentId).getResultList()) {
            Object[] f = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder().add("reference", (String) f[0]);
            addTime(o, "since", f[1]);
            out.add(o);
        }
        return out;
    }

    private JsonArrayBuilder flags(Long residentId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT c.reference, f.reason, f.comment, f.flagged_at FROM concern_flag f JOIN concern c ON c.id = f.concern_id"
                + " WHERE f.flagger_account_id = ?1 ORDER BY f.flagged_at").setParameter(1, residentId).getResultList()) {
            Object[] f = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder().add("reference", (String) f[0]).add("reason", (String) f[1]);
            addText(o, "comment", f[2]);
            addTime(o, "at", f[3]);
            out.add(o);
        }
        return out;
    }

    private JsonArrayBuilder outcomeRatings(Long residentId) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT outcome_id, rating, comment, created_at, updated_at FROM outcome_rating"
                + " WHERE account_id = ?1 ORDER BY created_at, id").setParameter(1, residentId).getResultList()) {
            Object[] r = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder().add("outcome", ((Number) r[0]).longValue()).add("rating", (String) r[1]);
            addText(o, "comment", r[2]);
            addTime(o, "ratedAt", r[3]);
            addTime(o, "updatedAt", r[4]);
            out.add(o);
        }
        return out;
    }

    private JsonArrayBuilder emails(String email) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (Object row : em.createNativeQuery("SELECT subject, language, created_at, sent_at FROM mail_outbox WHERE recipient = ?1"
                + " ORDER BY created_at, id").setParameter(1, email).getResultList()) {
            Object[] m = (Object[]) row;
            JsonObjectBuilder o = Json.createObjectBuilder().add("subject", (String) m[0]).add("language", (String) m[1]);
            addTime(o, "writtenAt", m[2]);
            addTime(o, "sentAt", m[3]);
            out.add(o);
        }
        return out;
    }

    // ---- erasure

    /**
     * The ids of the concerns a person reported: ?1 is their account's id (or -1 without an account), ?2
     * their address. A concern merged into another keeps pointing at its reporter here, as the kept one does
     * through concern_reporter.
     */
    private static final String REPORTED = "SELECT id FROM concern WHERE reporter_account_id = ?1 OR reporter_email = ?2";

    /** Erases a resident's account and all their personal data; their concerns are removed or kept anonymised. */
    @Transactional
    public Optional<Erased> eraseAccount(Long residentId, ErasureMode mode) {
        List<?> rows = em.createNativeQuery("SELECT email, language FROM resident_account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, residentId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] a = (Object[]) rows.get(0);
        Erased erased = erase(residentId, (String) a[0], mode);
        record(null, (String) a[1], mode, erased);
        return Optional.of(erased);
    }

    /**
     * Erases everything held about an address (its account too, if it has one): what an administrator does for a
     * request whose address has been confirmed. Called inside the confirmation's transaction.
     */
    public Erased eraseAddress(String email, ErasureMode mode) {
        List<?> account = em.createNativeQuery("SELECT id FROM resident_account WHERE email = ?1 FOR UPDATE")
                .setParameter(1, email).getResultList();
        Long accountId = account.isEmpty() ? null : ((Number) account.get(0)).longValue();
        return erase(accountId, email, mode);
    }

    private Erased erase(Long accountId, String email, ErasureMode mode) {
        long account = accountId == null ? -1L : accountId;
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(REPORTED).setParameter(1, account).setParameter(2, email).getResultList();
        for (Number n : ids) {
            long id = n.longValue();
            if (mode == ErasureMode.REMOVE) {
                update("UPDATE concern SET description = '', location_text = NULL, original_description = NULL,"
                        + " original_location_text = NULL, publication = CASE WHEN publication = 'MERGED' THEN publication ELSE 'HIDDEN' END,"
                        + " hidden_reason_en = ?2, hidden_reason_cy = ?3 WHERE id = ?1",
                        id, Messages.get().format(Language.EN, "privacy.erased.publicReason"),
                        Messages.get().format(Language.CY, "privacy.erased.publicReason"));
                update("DELETE FROM concern_photo WHERE concern_id = ?1", id);
                // the words of an outcome rating that reopened it (the rating itself goes with the account)
                update("UPDATE audit_event SET detail = NULL WHERE concern_id = ?1 AND action = 'REOPENED_BY_REPORTER'", id);
            }
            update("UPDATE concern SET reporter_email = NULL, reporter_account_id = NULL, submission_token = NULL,"
                    + " anonymised_at = COALESCE(anonymised_at, ?2) WHERE id = ?1", id, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            update("INSERT INTO audit_event (concern_id, happened_at, action, to_value) VALUES (?1, ?2, 'ERASED', ?3)",
                    id, LocalDateTime.ofInstant(now, ZoneOffset.UTC), mode.name());
        }
        // reporters who came to another concern when theirs was merged into it
        update("DELETE FROM concern_reporter WHERE reporter_account_id = ?1 OR reporter_email = ?2", account, email);
        if (mode == ErasureMode.REMOVE) {
            update("UPDATE concern_flag SET comment = NULL WHERE flagger_account_id = ?1", account);
        }
        update("UPDATE concern_flag SET flagger_account_id = NULL WHERE flagger_account_id = ?1", account);
        update("DELETE FROM mail_outbox WHERE recipient = ?1", email);
        // stories told while signed in: removed with their signification, or kept unlinked
        update(mode == ErasureMode.REMOVE ? "DELETE FROM story WHERE account_id = ?1" : "UPDATE story SET account_id = NULL WHERE account_id = ?1",
                account);
        // its tokens, follows and home address go with it (ON DELETE CASCADE)
        int accounts = update("DELETE FROM resident_account WHERE id = ?1", account);
        em.getEntityManagerFactory().getCache().evictAll();
        return new Erased(ids.size(), accounts > 0);
    }

    /** The record that an erasure happened: what and when, never whose. */
    private void record(Long requestedBy, String language, ErasureMode mode, Erased erased) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Query q = em.createNativeQuery(requestedBy == null
                ? "INSERT INTO erasure (language, mode, requested_at, done_at, concerns, account_erased) VALUES (?1, ?2, ?3, ?3, ?4, ?5)"
                : "INSERT INTO erasure (language, mode, requested_at, done_at, concerns, account_erased, requested_by) VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6)");
        q.setParameter(1, language).setParameter(2, mode.name()).setParameter(3, now)
                .setParameter(4, erased.concerns()).setParameter(5, erased.account());
        if (requestedBy != null) {
            q.setParameter(6, requestedBy);
        }
        q.executeUpdate();
    }

    private int update(String sql, Object... parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q.executeUpdate();
    }

    // ---- JSON helpers

    private static void addText(JsonObjectBuilder o, String name, Object value) {
        if (value != null) {
            o.add(name, value.toString());
        }
    }

    static void addTime(JsonObjectBuilder o, String name, Object value) {
        Instant at = instant(value);
        if (at != null) {
            o.add(name, at.toString());
        }
    }

    /** A DATETIME as the driver hands it over (the database keeps UTC). */
    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant t) {
            return t;
        }
        return null;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
