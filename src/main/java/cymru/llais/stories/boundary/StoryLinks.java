package cymru.llais.stories.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.StaffConcern;
import cymru.llais.outcomes.boundary.Outcomes;
import cymru.llais.routing.boundary.Inbox;
import cymru.llais.stories.entity.LinkKind;
import cymru.llais.stories.entity.LinkTarget;
import cymru.llais.stories.entity.Story;
import cymru.llais.stories.entity.StoryLink;
import cymru.llais.stories.entity.StoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stories linked to concerns and outcomes by partner staff and administrators (not councillors): only to a
 * concern their organisation holds and an outcome of their organisation (any, for an administrator). Beside a
 * published story the public sees only its linked published outcomes; concerns never.
 */
@ApplicationScoped
public class StoryLinks {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Concerns concerns;

    @Inject
    Inbox inbox;

    @Inject
    Outcomes outcomes;

    @Inject
    Stories stories;

    @Inject
    Clock clock;

    /** A story as staff read it from a dot, with its collection. */
    public record StaffStory(Story story, Stories.CollectionView collection) {
    }

    /**
     * A link as the staff story page shows it: what it is linked to (a concern's reference, an outcome's number),
     * and whether this member may see and remove it; a link another organisation made shows no details.
     */
    public record LinkView(Long id, LinkKind kind, Long targetId, String label, boolean inScope, boolean published) {
    }

    /** Whether this member may read stories from the patterns and link them: partner staff and administrators. */
    public static boolean mayLink(StaffMember member) {
        return member != null && member.active() && !member.isCouncillor();
    }

    /** A story for staff: a published one, or any for an administrator. */
    public Optional<StaffStory> story(StaffMember member, Long storyId) {
        Story s = storyId == null || !mayLink(member) ? null : em.find(Story.class, storyId);
        if (s == null || (s.getStatus() != StoryStatus.PUBLISHED && !member.isAdmin())) {
            return Optional.empty();
        }
        return stories.collection(s.getCollectionId()).map(c -> new StaffStory(s, c));
    }

    public List<LinkView> links(StaffMember member, Long storyId) {
        List<LinkView> views = new ArrayList<>();
        for (StoryLink l : em.createQuery("SELECT l FROM StoryLink l WHERE l.storyId = :s ORDER BY l.kind, l.id", StoryLink.class)
                .setParameter("s", storyId).getResultList()) {
            if (l.getKind() == LinkKind.CONCERN) {
                boolean mine = inbox.holder(member, l.getTargetId()).isPresent();
                String ref = mine ? concerns.forStaff(l.getTargetId()).map(StaffConcern::reference).orElse(null) : null;
                views.add(new LinkView(l.getId(), l.getKind(), l.getTargetId(), ref, mine && ref != null, false));
            } else {
                boolean mine = outcomes.forStaff(member, l.getTargetId()).isPresent();
                boolean published = outcomes.published(l.getTargetId()).isPresent();
                views.add(new LinkView(l.getId(), l.getKind(), l.getTargetId(), mine || published ? "#" + l.getTargetId() : null, mine, published));
            }
        }
        return views;
    }

    /**
     * Links a story to a concern or an outcome; the bundle key of the refusal (and nothing changed) when the
     * story is not this member's to read, what was typed cannot be read, names nothing within their reach, or is
     * linked already.
     */
    @Transactional
    public Optional<String> link(StaffMember member, Long storyId, String kind, String text) {
        if (story(member, storyId).isEmpty()) {
            return Optional.of("stories.error.notFound");
        }
        LinkTarget.Read read = LinkTarget.read(kind, text);
        if (read.problem() != null) {
            return Optional.of(read.problem());
        }
        LinkTarget target = read.target();
        Optional<Long> id;
        if (target.kind() == LinkKind.CONCERN) {
            id = (target.reference() != null ? concerns.idOf(target.reference()) : Optional.of(target.id()))
                    .filter(c -> inbox.holder(member, c).isPresent());
        } else {
            id = Optional.of(target.id()).filter(o -> outcomes.forStaff(member, o).isPresent());
        }
        if (id.isEmpty()) {
            return Optional.of(target.kind() == LinkKind.CONCERN ? "stories.link.error.concernNotFound" : "stories.link.error.outcomeNotFound");
        }
        em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
        long already = em.createQuery("SELECT COUNT(l) FROM StoryLink l WHERE l.storyId = :s AND l.kind = :k AND l.targetId = :t", Long.class)
                .setParameter("s", storyId).setParameter("k", target.kind()).setParameter("t", id.get()).getSingleResult();
        if (already > 0) {
            return Optional.of("stories.link.error.already");
        }
        em.persist(new StoryLink(storyId, target.kind(), id.get(), member.id(), clock.instant()));
        return Optional.empty();
    }

    /** Removes a link within this member's reach; the bundle key of the refusal otherwise. */
    @Transactional
    public Optional<String> unlink(StaffMember member, Long storyId, Long linkId) {
        if (story(member, storyId).isEmpty()) {
            return Optional.of("stories.error.notFound");
        }
        StoryLink l = linkId == null ? null : em.find(StoryLink.class, linkId);
        boolean mine = l != null && l.getStoryId().equals(storyId) && (l.getKind() == LinkKind.CONCERN
                ? inbox.holder(member, l.getTargetId()).isPresent() : outcomes.forStaff(member, l.getTargetId()).isPresent());
        if (!mine) {
            return Optional.of("stories.link.error.notYours");
        }
        em.remove(l);
        return Optional.empty();
    }

    /** The published outcomes linked to these stories, as the public sees them. */
    public Map<Long, List<Outcomes.PublicOutcome>> publicOutcomes(Collection<Long> storyIds) {
        Map<Long, List<Outcomes.PublicOutcome>> result = new HashMap<>();
        Map<Long, Optional<Outcomes.PublicOutcome>> seen = new HashMap<>();
        stories.publishedOutcomes(storyIds).forEach((story, ids) -> ids.forEach(id ->
                seen.computeIfAbsent(id, outcomes::published).ifPresent(o -> result.computeIfAbsent(story, k -> new ArrayList<>()).add(o))));
        return result;
    }
}
