package cymru.llais.accounts.boundary;

import cymru.llais.accounts.control.AddressRules;
import cymru.llais.accounts.control.FieldError;
import cymru.llais.accounts.control.LetterCodes;
import cymru.llais.accounts.entity.ResidentAccount;
import cymru.llais.accounts.entity.ResidentAddress;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.GeoPoint;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Residents' home addresses, verified by a letter with a single-use code (for voting by account in participatory
 * budgeting). The address is personal data: only the resident sees it, and the administrator on the letter export.
 */
@ApplicationScoped
public class ResidentAddresses {

    /** At most this many letters in one export. */
    public static final int MAX_LETTERS = 5_000;

    @PersistenceContext(unitName = "llais")
    EntityManager em;

    @Inject
    Areas areas;

    @Inject
    Clock clock;

    /** A resident's address as their own page shows it. */
    public record AddressView(String line1, String line2, String town, String postcode, String wardCode, BilingualText wardName,
                              ResidentAddress.Status status, Instant letterAt, Instant codeExpiresAt, Instant verifiedAt,
                              boolean letterUnusable) {
        public boolean verified() {
            return status == ResidentAddress.Status.VERIFIED;
        }

        public boolean letterSent() {
            return status == ResidentAddress.Status.LETTER_SENT;
        }
    }

    /** A letter to print: to whom, where, the code (in plain text this once) and until when it works. */
    public record Letter(String name, String line1, String line2, String town, String postcode, String wardCode,
                         String wardName, Language language, String code, Instant validUntil) {
    }

    public Optional<AddressView> of(Long residentId) {
        ResidentAddress a = residentId == null ? null : em.find(ResidentAddress.class, residentId);
        return Optional.ofNullable(a).map(this::view);
    }

    private AddressView view(ResidentAddress a) {
        BilingualText ward = areas.ward(a.getWardCode()).map(WardInfo::name).orElse(new BilingualText(a.getWardCode(), a.getWardCode()));
        return new AddressView(a.getLine1(), a.getLine2(), a.getTown(), a.getPostcode(), a.getWardCode(), ward, a.getStatus(),
                a.getLetterAt(), a.getCodeExpiresAt(), a.getVerifiedAt(), a.letterUnusable(clock.instant()));
    }

    /** The ward of the resident's address when it is verified; empty otherwise. */
    public Optional<String> verifiedWard(Long residentId) {
        ResidentAddress a = residentId == null ? null : em.find(ResidentAddress.class, residentId);
        return a != null && a.isVerified() ? Optional.of(a.getWardCode()) : Optional.empty();
    }

    /**
     * Gives (or changes) the resident's address: the problems, or none when stored. A new address waits for its
     * letter; giving one removes any earlier verification and makes the code of any earlier letter useless.
     */
    @Transactional
    public List<FieldError> give(Long residentId, AddressRules.Input input) {
        AddressRules.Checked c = AddressRules.check(input, places());
        if (!c.ok()) {
            return c.errors();
        }
        if (residentId == null || em.find(ResidentAccount.class, residentId) == null) {
            return List.of(FieldError.of(null, "account.address.error.noAccount"));
        }
        Instant now = clock.instant();
        ResidentAddress a = em.find(ResidentAddress.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            em.persist(new ResidentAddress(residentId, c.line1(), c.line2(), c.town(), c.postcode(), c.ward(), now));
        } else {
            a.change(c.line1(), c.line2(), c.town(), c.postcode(), c.ward(), now);
        }
        return List.of();
    }

    private AddressRules.Places places() {
        return new AddressRules.Places() {
            @Override
            public boolean inWales(GeoPoint point) {
                return areas.inWales(point);
            }

            @Override
            public Optional<String> wardAt(GeoPoint point) {
                return areas.wardAt(point).map(WardInfo::code);
            }

            @Override
            public boolean wardExists(String code) {
                return areas.ward(code).isPresent();
            }
        };
    }

    /** The resident types the code from their letter; wrong tries are counted on the address (held by its row lock). */
    @Transactional
    public ResidentAddress.CodeResult enterCode(Long residentId, String typed) {
        ResidentAddress a = residentId == null ? null : em.find(ResidentAddress.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            return ResidentAddress.CodeResult.NO_LETTER;
        }
        String code = LetterCodes.normalise(typed);
        return a.enterCode(code == null ? null : LetterCodes.hash(residentId, code), clock.instant());
    }

    /** A new letter, when the last one's code has expired or was typed wrong too often; false otherwise. */
    @Transactional
    public boolean askForNewLetter(Long residentId) {
        ResidentAddress a = residentId == null ? null : em.find(ResidentAddress.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        return a != null && a.askForNewLetter(clock.instant());
    }

    /** Removes the resident's address (and its verification); false when there was none. */
    @Transactional
    public boolean remove(Long residentId) {
        ResidentAddress a = residentId == null ? null : em.find(ResidentAddress.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            return false;
        }
        em.remove(a);
        return true;
    }

    // ---- the administrator's letters

    public long awaitingLetters() {
        return em.createQuery("SELECT COUNT(a) FROM ResidentAddress a WHERE a.status = :s", Long.class)
                .setParameter("s", ResidentAddress.Status.AWAITING_LETTER).getSingleResult();
    }

    /**
     * Gives each address waiting for a letter (the oldest first, at most {@link #MAX_LETTERS}) a new code and
     * returns the letters: the one and only time the codes are readable. Locked, so that two administrators
     * exporting at once never print two letters for one address.
     */
    @Transactional
    public List<Letter> printLetters() {
        Instant now = clock.instant();
        List<ResidentAddress> waiting = em.createQuery("SELECT a FROM ResidentAddress a WHERE a.status = :s ORDER BY a.givenAt, a.residentId",
                        ResidentAddress.class)
                .setParameter("s", ResidentAddress.Status.AWAITING_LETTER).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(MAX_LETTERS).getResultList();
        List<Letter> letters = new ArrayList<>(waiting.size());
        for (ResidentAddress a : waiting) {
            String code = LetterCodes.generate();
            if (!a.letterPrinted(LetterCodes.hash(a.getResidentId(), LetterCodes.normalise(code)), now)) {
                continue;
            }
            ResidentAccount account = em.find(ResidentAccount.class, a.getResidentId());
            Language language = account.getLanguage();
            String ward = areas.ward(a.getWardCode()).map(w -> w.nameIn(language)).orElse(a.getWardCode());
            letters.add(new Letter(account.getDisplayName(), a.getLine1(), a.getLine2(), a.getTown(), a.getPostcode(),
                    a.getWardCode(), ward, language, code, a.getCodeExpiresAt()));
        }
        return letters;
    }

    // ---- demo data

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(a) FROM ResidentAddress a", Long.class).getSingleResult() == 0;
    }

    /** A verified address for a demo account, without a letter; false when the account does not exist. */
    @Transactional
    public boolean verifiedForDemo(String email, String line1, String town, String postcode, String wardCode) {
        Optional<ResidentAccount> account = em.createNamedQuery(ResidentAccount.BY_EMAIL, ResidentAccount.class)
                .setParameter("email", ResidentAccount.normalise(email)).getResultStream().findFirst();
        if (account.isEmpty() || em.find(ResidentAddress.class, account.get().getId()) != null) {
            return false;
        }
        ResidentAddress a = new ResidentAddress(account.get().getId(), line1, null, town, postcode, wardCode, clock.instant());
        a.verifyForDemo(clock.instant());
        em.persist(a);
        return true;
    }
}
