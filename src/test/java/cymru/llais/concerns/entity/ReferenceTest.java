package cymru.llais.concerns.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReferenceTest {

    @Test
    void referenceIsWrittenWithYearAndSixDigitSerial() {
        assertEquals("LL-2026-000123", new Reference(2026, 123).toString());
    }

    @Test
    void serialLongerThanSixDigitsIsWrittenInFull() {
        assertEquals("LL-2027-1234567", new Reference(2027, 1_234_567).toString());
    }

    @Test
    void writtenReferenceReadsBackAsTheSame() {
        for (Reference r : new Reference[]{new Reference(2026, 1), new Reference(2030, 999_999), new Reference(2031, 1_000_000)}) {
            assertEquals(Optional.of(r), Reference.parse(r.toString()));
        }
    }

    @Test
    void referenceIsReadWhateverItsCaseAndSurroundingSpaces() {
        assertEquals(Optional.of(new Reference(2026, 123)), Reference.parse("  ll-2026-000123\n"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "LL-26-000123", "LL-2026-12345", "LL-2026-1234567890123", "XX-2026-000123",
            "LL2026000123", "LL-2026-000123-1", "LL-2026-00012a", "LL-２０２６-000123", "LL-2026-000123;DROP",
            "LL-1999-000001", "LL-2026-000000"})
    void anythingElseIsNoReference(String text) {
        assertEquals(Optional.empty(), Reference.parse(text));
    }

    @Test
    void referenceCannotBeMadeWithANonsenseYearOrSerial() {
        assertThrows(IllegalArgumentException.class, () -> new Reference(1999, 1));
        assertThrows(IllegalArgumentException.class, () -> new Reference(10_000, 1));
        assertThrows(IllegalArgumentException.class, () -> new Reference(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new Reference(2026, -5));
    }
}
