package cymru.llais.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void fieldsAreQuotedWithQuotesDoubledAndFormulasDefused() {
        assertEquals("\"a\",\"say \"\"hi\"\"\",\"\"\r\n\"'=SUM(A1)\",\"line\nbreak\",\"'-1\"\r\n",
                Csv.write(List.of(Arrays.asList("a", "say \"hi\"", null), List.of("=SUM(A1)", "line\nbreak", "-1"))));
    }

    @Test
    void everyFormulaStartIsDefusedInAStreamedRow() {
        StringBuilder out = new StringBuilder();
        Csv.writeRow(out, List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCr", "plain"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\",\"'\tTab\",\"'\rCr\",\"plain\"\r\n",
                out.toString());
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        StringBuilder out = new StringBuilder();
        Csv.writeRow(out, Arrays.asList(new BigDecimal("-3.1750"), 42L, new BigDecimal("1E+3"), null, "-3.175"));
        assertEquals("-3.1750,42,1000,\"\",\"'-3.175\"\r\n", out.toString());
    }
}
