package cymru.llais.notify.control;

import cymru.llais.shared.EmailAddress;
import cymru.llais.shared.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who gets one piece of news, one e-mail each: an address once however many ways it is linked to the concern,
 * in the language of its account; an address with no account (an anonymous reporter) has no known language,
 * and gets both, Welsh first. The concern's own language is not the reporter's: it is never used here.
 */
public final class Recipients {

    /** Why someone gets the e-mail; the first of these that applies is named in it. */
    public enum Reason { REPORTED, FOLLOWS }

    /** One recipient; {@code language} null when unknown (then the e-mail is in both languages). */
    public record Recipient(String email, Language language, Reason reason) {

        public boolean bilingual() {
            return language == null;
        }
    }

    private final Map<String, Recipient> byAddress = new LinkedHashMap<>();

    /** Adds an address; a known language beats an unknown one, and having reported beats following. */
    public Recipients add(String email, Language language, Reason reason) {
        if (email == null || email.isBlank()) {
            return this;
        }
        String key = EmailAddress.normalise(email);
        Recipient earlier = byAddress.get(key);
        if (earlier == null) {
            byAddress.put(key, new Recipient(key, language, reason));
        } else {
            Language l = earlier.language() != null ? earlier.language() : language;
            Reason r = earlier.reason().ordinal() <= reason.ordinal() ? earlier.reason() : reason;
            byAddress.put(key, new Recipient(key, l, r));
        }
        return this;
    }

    public List<Recipient> all() {
        return new ArrayList<>(byAddress.values());
    }
}
