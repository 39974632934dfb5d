package cymru.llais.moderation.boundary;

import cymru.llais.moderation.control.FreeTextCheck;
import cymru.llais.moderation.entity.ModerationWord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The administrator's list of words that hold a concern for moderation, in Welsh and English. */
@ApplicationScoped
public class ModerationWords {

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Clock clock;

    /** A listed word, for the administration page. */
    public record WordView(Long id, String word, String language) {
    }

    public List<WordView> all() {
        return em.createQuery("SELECT w FROM ModerationWord w ORDER BY w.language, w.word", ModerationWord.class).getResultList()
                .stream().map(w -> new WordView(w.getId(), w.getWord(), w.getLanguage())).toList();
    }

    /** The last list read and the check built from it: building the check compiles one pattern of all the words. */
    private record Built(List<FreeTextCheck.ListedWord> words, FreeTextCheck check) {
    }

    private volatile Built last;

    /**
     * The check with the list as it is now (read at each report: an edit counts at once on every instance); the
     * check is built again only when the list differs from the last one read.
     */
    public FreeTextCheck check() {
        List<FreeTextCheck.ListedWord> words = em.createQuery("SELECT w FROM ModerationWord w ORDER BY w.id", ModerationWord.class)
                .getResultList().stream().map(w -> new FreeTextCheck.ListedWord(w.getWord(), w.getLanguage())).toList();
        Built built = last;
        if (built == null || !built.words().equals(words)) {
            built = new Built(words, new FreeTextCheck(words));
            last = built;
        }
        return built.check();
    }

    /** What the check finds in these texts, as codes: EMAIL, PHONE, WORD:word; empty when nothing. */
    public List<String> findings(String... texts) {
        return check().check(texts).stream().map(FreeTextCheck.Finding::code).toList();
    }

    /** Adds a word; the bundle key of what is wrong, or null when added. */
    @Transactional
    public String add(String word, String language, Long by) {
        String w = ModerationWord.normalise(word);
        if (w == null) {
            return "moderation.words.error.required";
        }
        if (w.length() > ModerationWord.MAX_LENGTH || !ModerationWord.FORM.matcher(w).matches()) {
            return "moderation.words.error.form";
        }
        if (!"cy".equals(language) && !"en".equals(language)) {
            return "moderation.words.error.language";
        }
        boolean listed = em.createQuery("SELECT COUNT(w) FROM ModerationWord w WHERE w.word = :w AND w.language = :l", Long.class)
                .setParameter("w", w).setParameter("l", language).getSingleResult() > 0;
        if (listed) {
            return "moderation.words.error.listed";
        }
        em.persist(new ModerationWord(w, language, by, clock.instant()));
        return null;
    }

    @Transactional
    public boolean remove(Long id) {
        ModerationWord w = id == null ? null : em.find(ModerationWord.class, id);
        if (w == null) {
            return false;
        }
        em.remove(w);
        return true;
    }
}
