package cymru.llais.routing.boundary.open311;

import cymru.llais.concerns.entity.ConcernStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class Open311StatusTest {

    @Test
    void onlyAClosedConcernIsClosedEveryOtherStatusIsOpen() {
        for (ConcernStatus s : ConcernStatus.values()) {
            assertEquals(s == ConcernStatus.CLOSED ? "closed" : "open", Open311Status.of(s), s.name());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "open;OPEN", "closed;CLOSED", "OPEN;OPEN", " closed ;CLOSED", "open,closed;ANY", "closed, open;ANY", "open,open;OPEN"})
    void aStatusFilterIsReadAsOpenClosedOrBoth(String parameter, Open311Status.Filter expected) {
        assertEquals(Optional.of(expected), Open311Status.filter(parameter));
    }

    @Test
    void noStatusFilterMeansBoth() {
        assertEquals(Optional.of(Open311Status.Filter.ANY), Open311Status.filter(null));
        assertEquals(Optional.of(Open311Status.Filter.ANY), Open311Status.filter("  "));
        assertNull(Open311Status.Filter.ANY.open());
        assertEquals(true, Open311Status.Filter.OPEN.open());
        assertEquals(false, Open311Status.Filter.CLOSED.open());
    }

    @ParameterizedTest
    @ValueSource(strings = {"received", "in_progress", "open,", ",closed", "open;closed", "gyda"})
    void aStatusOtherThanOpenOrClosedIsRefused(String parameter) {
        assertEquals(Optional.empty(), Open311Status.filter(parameter));
    }
}
