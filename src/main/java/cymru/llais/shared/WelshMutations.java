package cymru.llais.shared;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The forms a Welsh word takes at its start after the words that mutate it: soft (treiglad meddal),
 * nasal (trwynol) and aspirate (llaes) mutation, and h before a vowel (ei hardal). A word listed once
 * is then found as "cachu", "gachu", "nghachu" and "chachu". Moderation checks words with it; the outcomes
 * board searches with it.
 */
public final class WelshMutations {

    private WelshMutations() {
    }

    /** The word itself and each of its mutated forms, in lower case. */
    public static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        if (word == null || word.isBlank()) {
            return forms;
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        forms.add(w);
        // digraphs first: ch, th, ph, dd and ng do not mutate, ll and rh do
        if (w.startsWith("ch") || w.startsWith("th") || w.startsWith("ph") || w.startsWith("dd") || w.startsWith("ng")) {
            return forms;
        }
        if (w.startsWith("ll")) {
            add(forms, w.substring(2), "l");
            return forms;
        }
        if (w.startsWith("rh")) {
            add(forms, w.substring(2), "r");
            return forms;
        }
        String rest = w.substring(1);
        switch (w.charAt(0)) {
            case 'p' -> add(forms, rest, "b", "mh", "ph");
            case 't' -> add(forms, rest, "d", "nh", "th");
            case 'c' -> add(forms, rest, "g", "ngh", "ch");
            case 'b' -> add(forms, rest, "f", "m");
            case 'd' -> add(forms, rest, "dd", "n");
            case 'g' -> {
                if (rest.length() >= 2) {
                    forms.add(rest);
                }
                forms.add("ng" + rest);
            }
            case 'm' -> add(forms, rest, "f");
            case 'a', 'e', 'i', 'o', 'u', 'w', 'y', 'â', 'ê', 'î', 'ô', 'û', 'ŵ', 'ŷ' -> forms.add("h" + w);
            default -> {
                // other first letters do not mutate
            }
        }
        return forms;
    }

    private static void add(Set<String> forms, String rest, String... starts) {
        for (String s : starts) {
            forms.add(s + rest);
        }
    }
}
