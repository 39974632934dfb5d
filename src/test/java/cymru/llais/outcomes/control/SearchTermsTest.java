package cymru.llais.outcomes.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTermsTest {

    @Test
    void wordsBecomeEscapedLikePatternsSoWildcardsAndQuotesAreSearchedAsThemselves() {
        SearchTerms t = SearchTerms.parse("  Gwaith   tŷ 50%  a_b  it's !x ");
        assertEquals(List.of("gwaith", "tŷ", "50%", "a_b", "it's", "!x"), t.words());
        assertEquals(List.of("%gwaith%", "%tŷ%", "%50!%%", "%a!_b%", "%it's%", "%!!x%"), t.likePatterns());
        assertNull(t.problem());
    }

    @Test
    void blankIsNoSearchAndTooLongIsIgnoredWhole() {
        assertTrue(SearchTerms.parse(null).isEmpty());
        assertTrue(SearchTerms.parse("   ").isEmpty());
        assertNull(SearchTerms.parse(" ").problem());
        SearchTerms tooLong = SearchTerms.parse("a".repeat(2000));
        assertTrue(tooLong.isEmpty());
        assertEquals(SearchTerms.Problem.TOO_LONG, tooLong.problem());
    }

    @Test
    void oneLetterWordsAreDroppedAndOnlyEightWordsAreUsed() {
        assertEquals(SearchTerms.Problem.TOO_SHORT, SearchTerms.parse("a % _").problem());
        assertEquals(List.of("ford"), SearchTerms.parse("y \"ford\" a").words());
        SearchTerms many = SearchTerms.parse("un dau tri pedwar pump chwech saith wyth naw deg");
        assertEquals(8, many.words().size());
        assertEquals(SearchTerms.Problem.TOO_MANY_WORDS, many.problem());
    }

    @Test
    void inWelshAWordIsAlsoFoundMutatedAtTheStartOfAWord() {
        assertEquals(List.of(List.of("%pont%", "bont%", "% bont%", "mhont%", "% mhont%", "phont%", "% phont%")),
                SearchTerms.parse("pont").welshPatterns());
        assertEquals(List.of(List.of("%ardal%", "hardal%", "% hardal%")), SearchTerms.parse("ardal").welshPatterns());
        assertEquals(List.of(List.of("%ty%"), List.of("%ford%"), List.of("%c_rd%")), SearchTerms.parse("ty ford c_rd").welshPatterns()
                .stream().map(l -> l.stream().map(p -> p.replace("!", "")).toList()).toList(), "short words and non-words keep their own pattern");
    }
}
