package cymru.llais.concerns.control;

import cymru.llais.concerns.boundary.ConcernReported;
import cymru.llais.concerns.entity.Category;
import cymru.llais.concerns.entity.Concern;
import cymru.llais.concerns.entity.ConcernPhoto;
import cymru.llais.concerns.entity.Reference;
import cymru.llais.shared.PhotoSanitiser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Stores new concerns, each with a fresh reference, in a transaction of its own. */
@ApplicationScoped
public class ConcernRegistry {

    private static final ZoneId WALES = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Event<ConcernReported> reported;

    /**
     * Stores the concern and its photo, and the account of the signed-in resident who reported it
     * ({@code accountId} null without one); committed when this returns.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Concern create(ConcernRules.Checked checked, PhotoSanitiser.Photo photo, String submissionToken, Long accountId,
                          Clock clock) {
        Instant now = clock.instant();
        Category category = em.find(Category.class, checked.category());
        long serial = ((Number) em.createNativeQuery("SELECT NEXTVAL(concern_reference_seq)").getSingleResult()).longValue();
        Reference reference = new Reference(now.atZone(WALES).getYear(), serial);
        Concern concern = new Concern(reference, category, checked.ward(),
                checked.pin() == null ? null : checked.pin().latitude(),
                checked.pin() == null ? null : checked.pin().longitude(),
                checked.locationText(), checked.description(), checked.language(), checked.email(),
                submissionToken, now);
        if (accountId != null) {
            concern.reportedFromAccount(accountId, checked.email());
        }
        em.persist(concern);
        em.flush();
        if (photo != null) {
            em.persist(new ConcernPhoto(concern.getId(), photo.contentType(), photo.width(), photo.height(), photo.data()));
        }
        reported.fire(new ConcernReported(concern.getId(), concern.getReference(), category.getCode(), concern.getWardCode(),
                concern.isSensitive(), now));
        return concern;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Concern> bySubmissionToken(String token) {
        return em.createNamedQuery(Concern.BY_TOKEN, Concern.class).setParameter("token", token)
                .getResultStream().findFirst();
    }
}
