package cymru.llais.moderation.control;

import cymru.llais.shared.WelshMutations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Looks for what must not be published before a councillor has seen it: e-mail addresses, UK phone
 * numbers (01, 02, 03 and 07 numbers, +44 or 0044, with or without spaces, dots, hyphens or brackets)
 * and the words of the administrator's list, whole words, any case, Welsh words in their mutated forms too.
 */
public final class FreeTextCheck {

    /** What was found. */
    public enum Kind { EMAIL, PHONE, WORD }

    /** One finding; for a word, the listed word (not the form found). */
    public record Finding(Kind kind, String word) {

        /** As recorded for the councillor: EMAIL, PHONE or WORD:word. */
        public String code() {
            return kind == Kind.WORD ? "WORD:" + word : kind.name();
        }
    }

    /** A listed word and the language it was listed in ("cy" words are matched with their mutations). */
    public record ListedWord(String word, String language) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** Between two digits: nothing, or up to two of space, dot, hyphen and brackets ("(029) 2087 ..."). */
    private static final String SEP = "[ \\t.\\-()]{0,2}";
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}+\\-/])"
            + "(?:(?:\\+|00)44[ \\t.\\-]?(?:\\(0\\)[ \\t.\\-]?)?|\\(?0)"
            + "[1237](?:" + SEP + "\\d){8,9}(?![\\p{N}/])");

    private final Pattern words;
    private final List<String[]> formsByWord;

    /** A check with this list of words (which may be empty). */
    public FreeTextCheck(Collection<ListedWord> listed) {
        List<String[]> forms = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (ListedWord w : listed) {
            String word = normal(w.word()).strip();
            if (word.isEmpty()) {
                continue;
            }
            Set<String> f = "cy".equals(w.language()) ? WelshMutations.forms(word) : Set.of(word.toLowerCase(Locale.ROOT));
            for (String form : f) {
                forms.add(new String[] {form, word});
                all.add(form);
            }
        }
        this.formsByWord = forms;
        this.words = all.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + all.stream().sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Everything found in these texts (null texts are skipped), each kind or word once. */
    public List<Finding> check(String... texts) {
        Set<Finding> found = new LinkedHashSet<>();
        for (String raw : texts) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String text = normal(raw);
            if (EMAIL.matcher(text).find()) {
                found.add(new Finding(Kind.EMAIL, null));
            }
            if (PHONE.matcher(text).find()) {
                found.add(new Finding(Kind.PHONE, null));
            }
            if (words != null) {
                Matcher m = words.matcher(text);
                while (m.find()) {
                    String form = m.group().toLowerCase(Locale.ROOT);
                    formsByWord.stream().filter(f -> f[0].equals(form)).findFirst()
                            .ifPresent(f -> found.add(new Finding(Kind.WORD, f[1])));
                }
            }
        }
        return List.copyOf(found);
    }

    /** NFC, and typographic apostrophes as plain ones, so that "ŵ" and "w + ˆ" or ’ and ' are the same. */
    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('’', '\'');
    }
}
