package cymru.llais.stories.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void fieldsAreQuotedWithQuotesDoubledAndFormulasDefused() {
        assertEquals("\"a\",\"say \"\"hi\"\"\",\"\"\r\n\"'=SUM(A1)\",\"line\nbreak\",\"'-1\"\r\n",
                Csv.write(List.of(java.util.Arrays.asList("a", "say \"hi\"", null), List.of("=SUM(A1)", "line\nbreak", "-1"))));
    }
}
