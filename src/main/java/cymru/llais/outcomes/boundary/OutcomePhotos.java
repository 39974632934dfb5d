package cymru.llais.outcomes.boundary;

import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.outcomes.entity.Outcome;
import cymru.llais.outcomes.entity.OutcomePhoto;
import cymru.llais.outcomes.entity.Problem;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.PhotoSanitiser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An outcome's one optional photo: staff attach it to a draft (re-encoded without metadata, described in both
 * languages) or remove it; the public sees it once the outcome is published, its partner's staff before.
 */
@ApplicationScoped
public class OutcomePhotos {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    /** Attaches (or replaces) the photo of a draft; the problems, and then nothing changed. */
    @Transactional
    public List<Problem> attach(StaffMember member, Long outcomeId, byte[] upload, String altEn, String altCy) {
        Optional<Problem> refused = draftOf(member, outcomeId);
        if (refused.isPresent()) {
            return List.of(refused.get());
        }
        List<Problem> problems = new ArrayList<>();
        PhotoSanitiser.Photo photo = null;
        if (upload == null || upload.length == 0) {
            problems.add(new Problem("photo", "outcomes.photo.error.required"));
        } else {
            try {
                photo = PhotoSanitiser.sanitise(upload);
            } catch (PhotoSanitiser.Rejected e) {
                problems.add(new Problem("photo", e.key()));
            }
        }
        problems.addAll(OutcomePhoto.altProblems(altEn, altCy));
        if (!problems.isEmpty()) {
            return List.copyOf(problems);
        }
        OutcomePhoto old = em.find(OutcomePhoto.class, outcomeId);
        if (old != null) {
            em.remove(old);
            em.flush();
        }
        em.persist(new OutcomePhoto(outcomeId, photo.contentType(), photo.width(), photo.height(), photo.data(), altEn, altCy));
        return List.of();
    }

    /** Removes the photo of a draft; the problem, if refused. */
    @Transactional
    public Optional<Problem> remove(StaffMember member, Long outcomeId) {
        Optional<Problem> refused = draftOf(member, outcomeId);
        if (refused.isPresent()) {
            return refused;
        }
        em.createQuery("DELETE FROM OutcomePhoto p WHERE p.outcomeId = :id").setParameter("id", outcomeId).executeUpdate();
        return Optional.empty();
    }

    /** A photo as served. */
    public record Image(String contentType, byte[] data) {
    }

    /** The photo, for whoever may see it: anyone once published, before that only the partner's staff (or an administrator). */
    @Transactional
    public Optional<Image> photo(Long outcomeId, Optional<StaffMember> viewer) {
        Outcome o = outcomeId == null ? null : em.find(Outcome.class, outcomeId);
        if (o == null || !(o.isPublished() || viewer.filter(m -> Outcomes.mayWrite(m) && Outcomes.mayRead(m, o)).isPresent())) {
            return Optional.empty();
        }
        OutcomePhoto p = em.find(OutcomePhoto.class, outcomeId);
        return p == null ? Optional.empty() : Optional.of(new Image(p.getContentType(), p.getData()));
    }

    /** The descriptions of the photos of these outcomes, by outcome, for the pages that show them. */
    @Transactional
    public Map<Long, BilingualText> descriptions(Collection<Long> outcomeIds) {
        Map<Long, BilingualText> found = new HashMap<>();
        if (outcomeIds.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT p.outcomeId, p.altEn, p.altCy FROM OutcomePhoto p WHERE p.outcomeId IN :ids", Object[].class)
                .setParameter("ids", outcomeIds).getResultList()
                .forEach(r -> found.put((Long) r[0], new BilingualText((String) r[1], (String) r[2])));
        return found;
    }

    private Optional<Problem> draftOf(StaffMember member, Long outcomeId) {
        Outcome o = outcomeId == null ? null : em.find(Outcome.class, outcomeId, LockModeType.PESSIMISTIC_WRITE);
        if (!Outcomes.mayWrite(member) || o == null || !Outcomes.mayRead(member, o)) {
            return Optional.of(new Problem(null, "outcomes.error.notFound"));
        }
        if (o.isPublished()) {
            return Optional.of(new Problem(null, "outcomes.photo.error.published"));
        }
        return Optional.empty();
    }
}
