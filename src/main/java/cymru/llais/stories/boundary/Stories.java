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
import cymru.llais.stories.entity.StoryFilter;
import cymru.llais.stories.entity.StoryLink;
import cymru.llais.stories.entity.LinkKind;
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

    @Inject
    cymru.llais.outcomes.boundary.Outcomes outcomes;

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
        String ward = c.getAreaKind() == AreaKind.WARD ? c.getAreaCode() : fields.get("story-ward");
        if (c.getAreaKind() == AreaKind.AUTHORITY && ward != null && !ward.isBlank()
                && wardsOf(c, Language.EN).stream().noneMatch(w -> w.code().equals(ward.strip()))) {
            problems.add(new Problem("story-ward", "stories.error.ward"));
        }
        if (!problems.isEmpty()) {
            return new SaveResult(null, problems);
        }
        List<String> findings = words.findings(draft.title(), draft.text());
        Story story = new Story(collectionId, draft, accountId, findings, clock.instant());
        story.placeIn(ward);
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

    // ---- patterns (staff)

    /** A triad's plot: its dots, one per published story that placed a point. */
    public record TriadChart(SignifierView signifier, List<cymru.llais.stories.control.Patterns.Dot> dots) {
    }

    /** A dyad's histogram: stories in each tenth of the slider. */
    public record DyadChart(SignifierView signifier, int[] bins) {
        public int max() {
            return java.util.Arrays.stream(bins).max().orElse(0);
        }

        public List<Integer> binIndexes() {
            return java.util.stream.IntStream.range(0, bins.length).boxed().toList();
        }
    }

    /** The published stories of a collection (those a filter keeps) as charts, coloured by a context question. */
    public record Analysis(List<TriadChart> triads, List<DyadChart> dyads, int stories) {
    }

    /** One of two groups compared: the answer its stories chose, and their charts of the compared signifier. */
    public record Group(SignifierView question, ContextOption option, Analysis analysis) {
    }

    /** Two groups side by side for one signifier (a triad or a dyad). */
    public record Comparison(SignifierView signifier, Group first, Group second) {
        public boolean triad() {
            return signifier.kind() == SignifierKind.TRIAD;
        }
    }

    /** The published stories a filter keeps: their titles, and all their values. */
    private record Sample(Map<Long, String> titles, List<StoryValue> values) {
        Sample narrowTo(Long optionId) {
            Set<Long> chose = new java.util.HashSet<>();
            values.stream().filter(v -> optionId.equals(v.getOptionId())).forEach(v -> chose.add(v.getStoryId()));
            Map<Long, String> kept = new java.util.HashMap<>(titles);
            kept.keySet().retainAll(chose);
            return new Sample(kept, values.stream().filter(v -> chose.contains(v.getStoryId())).toList());
        }
    }

    /** The wards a collection's stories may be about: its own ward, or the wards of its local authority. */
    public List<WardInfo> wardsOf(StoryCollection c, Language language) {
        if (c.getAreaKind() == AreaKind.WARD) {
            return areas.ward(c.getAreaCode()).map(List::of).orElse(List.of());
        }
        return areas.wards(language).stream().filter(w -> c.getAreaCode().equals(w.authorityCode())).toList();
    }

    /** The option with this id of one of the collection's context questions, with its question. */
    public Optional<Map.Entry<SignifierView, ContextOption>> option(Long collectionId, Long optionId) {
        if (optionId == null) {
            return Optional.empty();
        }
        for (SignifierView s : signifiers(collectionId)) {
            for (ContextOption o : s.options()) {
                if (o.getId().equals(optionId)) {
                    return Optional.of(Map.entry(s, o));
                }
            }
        }
        return Optional.empty();
    }

    private Sample sample(Long collectionId, StoryFilter filter) {
        Map<Long, String> titles = new java.util.HashMap<>();
        for (Story s : em.createQuery("SELECT s FROM Story s WHERE s.collectionId = :c AND s.status = :p", Story.class)
                .setParameter("c", collectionId).setParameter("p", StoryStatus.PUBLISHED).getResultList()) {
            if (filter.keeps(s.getWardCode(), LocalDate.ofInstant(s.getCreatedAt(), WALES))) {
                titles.put(s.getId(), s.getTitle());
            }
        }
        List<StoryValue> values = titles.isEmpty() ? List.of()
                : em.createQuery("SELECT v FROM StoryValue v WHERE v.storyId IN :ids", StoryValue.class)
                        .setParameter("ids", new ArrayList<>(titles.keySet())).getResultList();
        Sample sample = new Sample(titles, values);
        return filter.optionId() == null ? sample : sample.narrowTo(filter.optionId());
    }

    /**
     * The patterns across a collection's published stories that the filter keeps. {@code colourBy}: a context
     * question's id (its options are the groups, 1 onwards; 0 no answer).
     */
    public Analysis analysis(Long collectionId, Long colourBy, StoryFilter filter, cymru.llais.stories.control.TernaryPlot plot) {
        return charts(signifiers(collectionId), sample(collectionId, filter), colourBy, plot);
    }

    /**
     * Two groups of the stories the filter keeps, side by side for one triad or dyad: those whose tellers chose
     * one answer and those who chose another (of the same or another context question). Empty when the signifier
     * is not a triad or dyad of the collection, or an answer is not one of its options.
     */
    public Optional<Comparison> compare(Long collectionId, Long signifierId, Long firstOption, Long secondOption, StoryFilter filter,
                                        cymru.llais.stories.control.TernaryPlot plot) {
        List<SignifierView> all = signifiers(collectionId);
        Optional<SignifierView> compared = all.stream().filter(s -> s.id().equals(signifierId) && s.kind() != SignifierKind.CONTEXT).findFirst();
        Optional<Map.Entry<SignifierView, ContextOption>> a = option(collectionId, firstOption);
        Optional<Map.Entry<SignifierView, ContextOption>> b = option(collectionId, secondOption);
        if (compared.isEmpty() || a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        Sample sample = sample(collectionId, filter);
        List<SignifierView> only = List.of(compared.get());
        return Optional.of(new Comparison(compared.get(),
                new Group(a.get().getKey(), a.get().getValue(), charts(only, sample.narrowTo(firstOption), null, plot)),
                new Group(b.get().getKey(), b.get().getValue(), charts(only, sample.narrowTo(secondOption), null, plot))));
    }

    private Analysis charts(List<SignifierView> signifiers, Sample sample, Long colourBy, cymru.llais.stories.control.TernaryPlot plot) {
        List<StoryValue> values = sample.values();
        Map<Long, Integer> groups = new java.util.HashMap<>();
        signifiers.stream().filter(q -> q.id().equals(colourBy) && q.kind() == SignifierKind.CONTEXT).findFirst().ifPresent(q -> {
            List<Long> options = q.options().stream().map(ContextOption::getId).toList();
            for (StoryValue v : values) {
                if (v.getSignifierId().equals(q.id()) && v.getOptionId() != null) {
                    groups.put(v.getStoryId(), options.indexOf(v.getOptionId()) + 1);
                }
            }
        });
        List<TriadChart> triads = new ArrayList<>();
        List<DyadChart> dyads = new ArrayList<>();
        for (SignifierView s : signifiers) {
            if (s.kind() == SignifierKind.TRIAD) {
                Map<Long, cymru.llais.stories.entity.TriadValue> points = new java.util.HashMap<>();
                values.stream().filter(v -> v.getSignifierId().equals(s.id()) && v.triad() != null).forEach(v -> points.put(v.getStoryId(), v.triad()));
                triads.add(new TriadChart(s, cymru.llais.stories.control.Patterns.dots(plot, points, sample.titles(), groups)));
            } else if (s.kind() == SignifierKind.DYAD) {
                dyads.add(new DyadChart(s, cymru.llais.stories.control.Patterns.histogram(values.stream()
                        .filter(v -> v.getSignifierId().equals(s.id()) && v.dyadValue() != null).map(StoryValue::dyadValue).toList())));
            }
        }
        return new Analysis(triads, dyads, sample.titles().size());
    }


    /**
     * A collection's published stories for export: a header row, then one row a story with its number, language,
     * day told, title, text and every signifier's value (a triad as three shares from 0 to 1, a dyad 0 to 100, a
     * context answer in English). Nothing about who told it.
     */
    public List<List<String>> export(Long collectionId, StoryFilter filter) {
        List<SignifierView> signifiers = signifiers(collectionId);
        Set<Long> kept = sample(collectionId, filter).titles().keySet();
        List<String> header = new ArrayList<>(List.of("story", "language", "told_on", "title", "text", "published_outcomes"));
        for (SignifierView s : signifiers) {
            Signifier f = s.signifier();
            switch (s.kind()) {
                case TRIAD -> {
                    header.add(f.question(Language.EN) + ": " + f.labelA(Language.EN));
                    header.add(f.question(Language.EN) + ": " + f.labelB(Language.EN));
                    header.add(f.question(Language.EN) + ": " + f.labelC(Language.EN));
                }
                case DYAD -> header.add(f.question(Language.EN) + " (0 " + f.labelA(Language.EN) + ", 100 " + f.labelB(Language.EN) + ")");
                case CONTEXT -> header.add(f.question(Language.EN));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        List<Story> published = em.createQuery("SELECT s FROM Story s WHERE s.collectionId = :c AND s.status = :p ORDER BY s.id", Story.class)
                .setParameter("c", collectionId).setParameter("p", StoryStatus.PUBLISHED).getResultList()
                .stream().filter(s -> kept.contains(s.getId())).toList();
        Map<Long, List<Long>> outcomesOf = publishedOutcomes(published.stream().map(Story::getId).toList());
        Map<Long, Map<Long, StoryValue>> byStory = new java.util.HashMap<>();
        if (!published.isEmpty()) {
            em.createQuery("SELECT v FROM StoryValue v WHERE v.storyId IN :ids", StoryValue.class)
                    .setParameter("ids", published.stream().map(Story::getId).toList()).getResultList()
                    .forEach(v -> byStory.computeIfAbsent(v.getStoryId(), k -> new java.util.HashMap<>()).put(v.getSignifierId(), v));
        }
        for (Story story : published) {
            List<String> row = new ArrayList<>(List.of(story.getId().toString(), story.getLang(),
                    LocalDate.ofInstant(story.getCreatedAt(), WALES).toString(), story.getTitle(), story.getBody(),
                    String.join(" ", outcomesOf.getOrDefault(story.getId(), List.of()).stream().map(String::valueOf).toList())));
            Map<Long, StoryValue> values = byStory.getOrDefault(story.getId(), Map.of());
            for (SignifierView s : signifiers) {
                StoryValue v = values.get(s.id());
                switch (s.kind()) {
                    case TRIAD -> {
                        cymru.llais.stories.entity.TriadValue t = v == null ? null : v.triad();
                        row.add(t == null ? "" : share(t.a()));
                        row.add(t == null ? "" : share(t.b()));
                        row.add(t == null ? "" : share(t.c()));
                    }
                    case DYAD -> row.add(v == null || v.dyadValue() == null ? "" : Integer.toString(v.dyadValue().value()));
                    case CONTEXT -> row.add(v == null || v.getOptionId() == null ? "" : s.options().stream()
                            .filter(o -> o.getId().equals(v.getOptionId())).findFirst().map(o -> o.label(Language.EN)).orElse(""));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The published outcomes linked to each of these stories, by number (never a draft, never a concern). */
    public Map<Long, List<Long>> publishedOutcomes(java.util.Collection<Long> storyIds) {
        Map<Long, List<Long>> result = new java.util.HashMap<>();
        if (storyIds.isEmpty()) {
            return result;
        }
        Map<Long, Boolean> published = new java.util.HashMap<>();
        for (StoryLink l : em.createQuery("SELECT l FROM StoryLink l WHERE l.kind = :k AND l.storyId IN :ids ORDER BY l.id", StoryLink.class)
                .setParameter("k", LinkKind.OUTCOME).setParameter("ids", new ArrayList<>(storyIds)).getResultList()) {
            if (published.computeIfAbsent(l.getTargetId(), id -> outcomes.published(id).isPresent())) {
                result.computeIfAbsent(l.getStoryId(), k -> new ArrayList<>()).add(l.getTargetId());
            }
        }
        return result;
    }

    private static String share(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 4).toPlainString();
    }

    /** What the public reads of a story: never who told it. */
    public record PublishedStory(Long id, String title, String text, String lang, java.time.Instant toldAt) {
    }
}
