package cymru.llais.outcomes.control;

import cymru.llais.shared.WelshMutations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a resident typed in the board's search box, as words to look for: each word must appear (in any order,
 * anywhere in the English or Welsh text). Words are data, never SQL: {@link #likePatterns()} escapes the LIKE
 * wildcards with {@link #ESCAPE}, and the patterns are bound as parameters. Case and accents are left to the
 * columns' collation (utf8mb4_unicode_ci), so "ty" finds "tŷ" and "TY".
 */
public record SearchTerms(List<String> words, Problem problem) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 8;
    public static final int MIN_WORD = 2;
    public static final char ESCAPE = '!';
    public static final int MIN_MUTATED = 4;

    /** Why a search was not (wholly) used; the board says so and shows what it can. */
    public enum Problem {
        TOO_LONG, TOO_SHORT, TOO_MANY_WORDS;

        public String key() {
            return switch (this) {
                case TOO_LONG -> "outcomes.search.tooLong";
                case TOO_SHORT -> "outcomes.search.tooShort";
                case TOO_MANY_WORDS -> "outcomes.search.tooManyWords";
            };
        }
    }

    public static final SearchTerms NONE = new SearchTerms(List.of(), null);

    /** Reads the search box: blank is no search; too long is ignored whole; words shorter than two letters are dropped. */
    public static SearchTerms parse(String input) {
        if (input == null || input.isBlank()) {
            return NONE;
        }
        if (input.length() > MAX_LENGTH) {
            return new SearchTerms(List.of(), Problem.TOO_LONG);
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : input.strip().split("[\\s\\p{Z}]+")) {
            // quotes and brackets around a word are not part of it; inside it they are searched as they are
            String word = w.replaceAll("^[\"'‘’“”(\\[]+|[\"'‘’“”)\\].,;:!?]+$", "");
            if (word.codePointCount(0, word.length()) >= MIN_WORD) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return new SearchTerms(List.of(), Problem.TOO_SHORT);
        }
        if (words.size() > MAX_WORDS) {
            return new SearchTerms(new ArrayList<>(words).subList(0, MAX_WORDS), Problem.TOO_MANY_WORDS);
        }
        return new SearchTerms(List.copyOf(words), null);
    }

    public SearchTerms {
        words = List.copyOf(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** One {@code %word%} LIKE pattern per word, its {@code %}, {@code _} and escape character escaped. */
    public List<String> likePatterns() {
        return words.stream().map(w -> "%" + escape(w) + "%").toList();
    }

    /**
     * For the Welsh texts, per word: its own pattern (as {@link #likePatterns()}), then, for a word of
     * {@value #MIN_MUTATED} letters or more, each of its mutated forms at the start of a word ("pont" also finds
     * "y bont", "fy mhont", "ei phont"; "ardal" finds "ei hardal"). Only at a word's start, and only in Welsh, so
     * that "card" does not find "Richard".
     */
    public List<List<String>> welshPatterns() {
        List<List<String>> all = new ArrayList<>();
        for (String w : words) {
            List<String> patterns = new ArrayList<>();
            patterns.add("%" + escape(w) + "%");
            if (w.codePointCount(0, w.length()) >= MIN_MUTATED && w.codePoints().allMatch(Character::isLetter)) {
                for (String form : WelshMutations.forms(w)) {
                    if (!form.equals(w)) {
                        patterns.add(escape(form) + "%");
                        patterns.add("% " + escape(form) + "%");
                    }
                }
            }
            all.add(List.copyOf(patterns));
        }
        return all;
    }

    /** The words as the search box shows them again. */
    public String text() {
        return String.join(" ", words);
    }

    static String escape(String word) {
        StringBuilder b = new StringBuilder(word.length() + 4);
        for (char c : word.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }
}
