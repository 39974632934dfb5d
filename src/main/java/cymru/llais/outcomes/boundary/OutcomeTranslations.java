package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.moderation.boundary.ModerationWords;
import cymru.llais.outcomes.control.Xliff;
import cymru.llais.outcomes.entity.Outcome;
import cymru.llais.outcomes.entity.OutcomeStatus;
import cymru.llais.outcomes.entity.OutcomeText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * For partners who use a translation service: the texts of their drafts that lack one language go out as
 * XLIFF 1.2 and come back to fill that language. Importing fills drafts only, never publishes, and takes a
 * translation only for a draft of the member's own organisation (any for an administrator) unchanged since
 * export, within the form's length limit and passing the moderation free-text check.
 */
@ApplicationScoped
public class OutcomeTranslations {

    private static final ZoneId WALES = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    ModerationWords words;

    @Inject
    Clock clock;

    /** One line of an import's result: the unit's id, the outcome, the field, and (when refused) why, as a bundle key. */
    public record Line(String unitId, Long outcomeId, String field, String key, String argument) {
    }

    /** What an import did; {@code problem} is set when the file was refused whole (and nothing changed). */
    public record ImportReport(String problem, List<Line> imported, List<Line> refused, int skipped) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** The XLIFF 1.2 document of every text of this member's drafts (all drafts for an administrator) that lacks its other language. */
    @Transactional
    public Optional<byte[]> export(StaffMember member) {
        if (!Outcomes.mayWrite(member)) {
            return Optional.empty();
        }
        TypedQuery<Outcome> q = em.createQuery("SELECT o FROM Outcome o WHERE o.status = :draft"
                + (member.isAdmin() ? "" : " AND o.partnerId = :p") + " ORDER BY o.id", Outcome.class)
                .setParameter("draft", OutcomeStatus.DRAFT);
        if (!member.isAdmin()) {
            q.setParameter("p", member.partnerId());
        }
        List<Xliff.Unit> units = new ArrayList<>();
        for (Outcome o : q.getResultList()) {
            OutcomeText t = o.text();
            for (String field : OutcomeText.TEXT_FIELDS) {
                String missing = OutcomeText.counterpart(field);
                if (t.field(field) != null && t.field(missing) == null) {
                    units.add(new Xliff.Unit(new Xliff.UnitId(o.getId(), o.getVersion(), missing), t.field(field)));
                }
            }
        }
        return Optional.of(Xliff.write(units));
    }

    /** Reads a translated file back into the drafts it names; a unit that cannot be taken is listed with its reason. */
    @Transactional
    public ImportReport importFile(StaffMember member, byte[] data) {
        if (!Outcomes.mayWrite(member)) {
            return new ImportReport("outcomes.error.notAllowed", List.of(), List.of(), 0);
        }
        List<Xliff.Translation> translations;
        try {
            translations = Xliff.read(data);
        } catch (Xliff.Unreadable e) {
            return new ImportReport(e.key(), List.of(), List.of(), 0);
        }
        List<Line> imported = new ArrayList<>();
        List<Line> refused = new ArrayList<>();
        int skipped = 0;
        Map<Long, List<Xliff.UnitId>> byOutcome = new LinkedHashMap<>();
        Map<Xliff.UnitId, String> texts = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Xliff.Translation t : translations) {
            Optional<Xliff.UnitId> parsed = Xliff.UnitId.parse(t.id());
            String shown = shorten(t.id());
            if (parsed.isEmpty()) {
                refused.add(new Line(shown, null, null, "outcomes.xliff.refused.unknown", null));
                continue;
            }
            Xliff.UnitId id = parsed.get();
            String text = t.target().strip();
            if (text.isEmpty()) {
                skipped++;
                continue;
            }
            if (!seen.add(id.field() + "/" + id.outcomeId())) {
                refused.add(new Line(shown, id.outcomeId(), id.field(), "outcomes.xliff.refused.duplicate", null));
                continue;
            }
            if (!id.language().equals(t.targetLanguage().toLowerCase(java.util.Locale.ROOT))) {
                refused.add(new Line(shown, id.outcomeId(), id.field(), "outcomes.xliff.refused.language", null));
                continue;
            }
            if (text.length() > OutcomeText.MAX_LENGTH) {
                refused.add(new Line(shown, id.outcomeId(), id.field(), "outcomes.xliff.refused.tooLong", null));
                continue;
            }
            List<String> findings = words.check().check(text).stream().map(f -> f.code()).toList();
            if (!findings.isEmpty()) {
                refused.add(new Line(shown, id.outcomeId(), id.field(), "outcomes.xliff.refused.screened", String.join(", ", findings)));
                continue;
            }
            byOutcome.computeIfAbsent(id.outcomeId(), k -> new ArrayList<>()).add(id);
            texts.put(id, text);
        }
        LocalDate today = LocalDate.now(clock.withZone(WALES));
        for (Map.Entry<Long, List<Xliff.UnitId>> e : byOutcome.entrySet()) {
            Outcome o = em.find(Outcome.class, e.getKey(), LockModeType.PESSIMISTIC_WRITE);
            String why = null;
            if (o == null || !Outcomes.mayRead(member, o)) {
                why = "outcomes.xliff.refused.notYours";
            } else if (o.isPublished()) {
                why = "outcomes.xliff.refused.published";
            }
            OutcomeText text = o == null ? null : o.text();
            List<Xliff.UnitId> taken = new ArrayList<>();
            for (Xliff.UnitId id : e.getValue()) {
                String unitWhy = why;
                if (unitWhy == null && (id.version() != o.getVersion() || text.field(id.field()) != null
                        || text.field(OutcomeText.counterpart(id.field())) == null)) {
                    unitWhy = "outcomes.xliff.refused.stale";
                }
                if (unitWhy != null) {
                    refused.add(new Line(id.toString(), id.outcomeId(), id.field(), unitWhy, null));
                    continue;
                }
                text = text.with(id.field(), texts.get(id));
                taken.add(id);
            }
            if (taken.isEmpty()) {
                continue;
            }
            if (!text.problems(today, false).isEmpty()) {
                taken.forEach(id -> refused.add(new Line(id.toString(), id.outcomeId(), id.field(), "outcomes.xliff.refused.invalid", null)));
                continue;
            }
            o.write(text, member.id(), clock.instant());
            taken.forEach(id -> imported.add(new Line(id.toString(), id.outcomeId(), id.field(), null, null)));
        }
        em.flush();
        return new ImportReport(null, List.copyOf(imported), List.copyOf(refused), skipped);
    }

    private static String shorten(String id) {
        String s = id == null ? "" : id.strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
