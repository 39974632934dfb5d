package cymru.llais.stories.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.moderation.boundary.Moderation;
import cymru.llais.moderation.boundary.ModerationWords;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.AuthorityInfo;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;
import cymru.llais.stories.entity.AreaKind;
import cymru.llais.stories.entity.CollectionDetails;
import cymru.llais.stories.entity.ContextOption;
import cymru.llais.stories.entity.Problem;
import cymru.llais.stories.entity.Signification;
import cymru.llais.stories.entity.Signifier;
import cymru.llais.stories.entity.SignifierDetails;
import cymru.llais.stories.entity.SignifierKind;
import cymru.llais.stories.entity.Story;
import cymru.llais.stories.entity.StoryCollection;
import cymru.llais.stories.entity.StoryDraft;
import cymru.llais.stories.entity.StoryStatus;
import cymru.llais.stories.entity.StoryValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stories: the administrator's collections and their signifiers; a resident's story, told and signified, which
 * awaits moderation; its moderation by the councillors of the collection's area or the administrator; and the
 * published stories the public reads.
 */
@ApplicationScoped
public class Stories {

    private static final ZoneId WALES = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Areas areas;

    @Inject
    Moderation moderation;

    @Inject
    ModerationWords words;

    @Inject
    Clock clock;

    /** A collection as pages show it: open today or not, and its area's name. */
    public record CollectionView(StoryCollection collection, boolean open, BilingualText areaName) {
        public Long id() {
            return collection.getId();
        }

        public String prompt(Language language) {
            return collection.prompt(language);
        }

        public String consent(Language language) {
            return collection.consent(language);
        }
    }

    /** A signifier with its options (a context question's), in order. */
    public record SignifierView(Signifier signifier, int number, List<ContextOption> options) {
        public Long id() {
            return signifier.getId();
        }

        public SignifierKind kind() {
            return signifier.getKind();
        }
    }

    /** A story awaiting a moderator, with its collection. */
    public record StoryItem(Story story, CollectionView collection) {
    }

    /** The answer to a save or a telling: the id when stored, or the problems, and then nothing changed. */
    public record SaveResult(Long id, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        static SaveResult refused(String field, String key) {
            return new SaveResult(null, List.of(new Problem(field, key)));
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WALES));
    }

    // ---- collections

    public List<CollectionView> collections() {
        LocalDate today = today();
        return em.createQuery("SELECT c FROM StoryCollection c ORDER BY c.closesOn DESC, c.id DESC", StoryCollection.class)
                .getResultList().stream().map(c -> view(c, today)).toList();
    }

    public List<CollectionView> openCollections() {
        return collections().stream().filter(CollectionView::open).toList();
    }

    public Optional<CollectionView> collection(Long id) {
        StoryCollection c = id == null ? null : em.find(StoryCollection.class, id);
        return c == null ? Optional.empty() : Optional.of(view(c, today()));
    }

    private CollectionView view(StoryCollection c, LocalDate today) {
        Optional<BilingualText> name = c.getAreaKind() == AreaKind.WARD ? areas.ward(c.getAreaCode()).map(WardInfo::name)
                : areas.authority(c.getAreaCode()).map(AuthorityInfo::name);
        return new CollectionView(c, c.isOpenOn(today), name.orElse(new BilingualText(c.getAreaCode(), c.getAreaCode())));
    }

    @Transactional
    public SaveResult saveCollection(Long id, CollectionDetails details) {
        List<Problem> problems = new ArrayList<>(details.problems());
        if (problems.isEmpty()) {
            boolean known = details.areaKind() == AreaKind.WARD ? areas.ward(details.areaCode()).isPresent()
                    : areas.authority(details.areaCode()).isPresent();
            if (!known) {
                problems.add(new Problem("area", "stories.error.area"));
            }
        }
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems);
        }
        if (id == null) {
            StoryCollection c = new StoryCollection(details, clock.instant());
            em.persist(c);
            em.flush();
            return new SaveResult(c.getId(), List.of());
        }
        StoryCollection c = em.find(StoryCollection.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            return SaveResult.refused(null, "stories.error.notFound");
        }
        c.change(details);
        return new SaveResult(id, List.of());
    }

    public List<SignifierView> signifiers(Long collectionId) {
        List<Signifier> all = em.createQuery("SELECT s FROM Signifier s WHERE s.collectionId = :c ORDER BY s.position, s.id",
                Signifier.class).setParameter("c", collectionId).getResultList();
        List<SignifierView> views = new ArrayList<>();
        int triads = 0;
        int dyads = 0;
        int contexts = 0;
        for (Signifier s : all) {
            int n = switch (s.getKind()) {
                case TRIAD -> ++triads;
                case DYAD -> ++dyads;
                case CONTEXT -> ++contexts;
            };
            List<ContextOption> options = s.getKind() != SignifierKind.CONTEXT ? List.of()
                    : em.createQuery("SELECT o FROM ContextOption o WHERE o.signifierId = :s ORDER BY o.position", ContextOption.class)
                            .setParameter("s", s.getId()).getResultList();
            views.add(new SignifierView(s, n, options));
        }
        return views;
    }

    /** Adds a signifier; refused once the collection has stories, so that every story answers the same signifiers. */
    @Transactional
    public SaveResult addSignifier(Long collectionId, SignifierDetails details) {
        StoryCollection c = collectionId == null ? null : em.find(StoryCollection.class, collectionId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            return SaveResult.refused(null, "stories.error.notFound");
        }
        List<Problem> problems = details.problems();
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems);
        }
        if (storyCount(collectionId) > 0) {
            return SaveResult.refused(null, "stories.error.signifiersLocked");
        }
        Integer last = em.createQuery("SELECT MAX(s.position) FROM Signifier s WHERE s.collectionId = :c", Integer.class)
                .setParameter("c", collectionId).getSingleResult();
        Signifier s = new Signifier(collectionId, last == null ? 1 : last + 1, details);
        em.persist(s);
        em.flush();
        if (s.getKind() == SignifierKind.CONTEXT) {
            List<String> en = SignifierDetails.options(details.optionsEn());
            List<String> cy = SignifierDetails.options(details.optionsCy());
            for (int i = 0; i < en.size(); i++) {
                em.persist(new ContextOption(s.getId(), i + 1, en.get(i), cy.get(i)));
            }
        }
        return new SaveResult(s.getId(), List.of());
    }

    public long storyCount(Long collectionId) {
        return em.createQuery("SELECT COUNT(s) FROM Story s WHERE s.collectionId = :c", Long.class)
                .setParameter("c", collectionId).getSingleResult();
    }

    // ---- telling

    /**
     * Stores a story and its signification, awaiting moderation; refused (nothing stored) when the collection
     * is not open today, the story or its signification has a problem.
     */
    @Transactional
    public SaveResult tell(Long collectionId, StoryDraft draft, Map<String, String> fields, Long accountId) {
        StoryCollection c = collectionId == null ? null : em.find(StoryCollection.class, collectionId);
        if (c == null) {
            return SaveResult.refused(null, "stories.error.notFound");
        }
        if (!c.isOpenOn(today())) {
            return SaveResult.refused(null, "stories.error.closed");
        }
        List<Problem> problems = new ArrayList<>(draft.problems());
        List<Signification.Question> questions = signifiers(collectionId).stream()
                .map(s -> new Signification.Question(s.id(), s.kind(), s.options().stream().map(ContextOption::getId).toList()))
                .toList();
        Signification.Result signification = Signification.read(questions, fields);
        problems.addAll(signification.problems());
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems);
        }
        List<String> findings = words.findings(draft.title(), draft.text());
        Story story = new Story(collectionId, draft, accountId, findings, clock.instant());
        em.persist(story);
        em.flush();
        for (Signification.Value v : signification.values()) {
            em.persist(new StoryValue(story.getId(), v));
        }
        return new SaveResult(story.getId(), List.of());
    }

    // ---- moderation

    /** Whether the member moderates the collection's area: a councillor of its ward (or of a ward in its authority), or the administrator. */
    public boolean mayModerate(StaffMember member, StoryCollection c) {
        Set<String> wards = moderation.wardsOf(member);
        if (wards == null) {
            return true;
        }
        if (c.getAreaKind() == AreaKind.WARD) {
            return wards.contains(c.getAreaCode());
        }
        return wards.stream().map(areas::ward).flatMap(Optional::stream).anyMatch(w -> c.getAreaCode().equals(w.authorityCode()));
    }

    public List<StoryItem> awaiting(StaffMember member) {
        LocalDate today = today();
        List<StoryItem> items = new ArrayList<>();
        for (Story s : em.createQuery("SELECT s FROM Story s WHERE s.status = :st ORDER BY s.createdAt, s.id", Story.class)
                .setParameter("st", StoryStatus.AWAITING_MODERATION).getResultList()) {
            StoryCollection c = em.find(StoryCollection.class, s.getCollectionId());
            if (mayModerate(member, c)) {
                items.add(new StoryItem(s, view(c, today)));
            }
        }
        return items;
    }

    /** Publishes a story; the key of the refusal when the member does not moderate its area or it is gone. */
    @Transactional
    public Optional<String> publish(StaffMember member, Long storyId) {
        Story s = storyId == null ? null : em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !mayModerate(member, em.find(StoryCollection.class, s.getCollectionId()))) {
            return Optional.of("stories.error.notFound");
        }
        s.publish(member.id(), clock.instant());
        return Optional.empty();
    }

    /** Hides a story with a reason (required). */
    @Transactional
    public Optional<String> hide(StaffMember member, Long storyId, String reason) {
        Story s = storyId == null ? null : em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !mayModerate(member, em.find(StoryCollection.class, s.getCollectionId()))) {
            return Optional.of("stories.error.notFound");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
            return Optional.of("stories.error.hideReason");
        }
        s.hide(reason, member.id(), clock.instant());
        return Optional.empty();
    }

    // ---- public

    /** The published stories of a collection, newest first: title, text and language only. */
    public List<PublishedStory> published(Long collectionId) {
        return em.createQuery("SELECT s FROM Story s WHERE s.collectionId = :c AND s.status = :st ORDER BY s.createdAt DESC, s.id DESC",
                        Story.class).setParameter("c", collectionId).setParameter("st", StoryStatus.PUBLISHED).getResultList()
                .stream().map(s -> new PublishedStory(s.getId(), s.getTitle(), s.getBody(), s.getLang(), s.getCreatedAt())).toList();
    }

    /** What the public reads of a story: never who told it. */
    public record PublishedStory(Long id, String title, String text, String lang, java.time.Instant toldAt) {
    }
}
