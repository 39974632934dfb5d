package cymru.llais.routing.boundary.open311;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormBodyTest {

    private static Map<String, List<String>> parse(String body) {
        return FormBody.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fieldsAreDecodedAsUtf8WithPlusAsSpace() {
        Map<String, List<String>> f = parse("service_code=fly-tipping&description=Mae+sbwriel+ar+y+l%C3%B4n+%26+y+stryd&lat=51.49&long=-3.17");
        assertEquals(List.of("fly-tipping"), f.get("service_code"));
        assertEquals(List.of("Mae sbwriel ar y lôn & y stryd"), f.get("description"));
        assertEquals(List.of("-3.17"), f.get("long"));
    }

    @Test
    void repeatedEmptyAndValuelessFieldsAreKept() {
        Map<String, List<String>> f = parse("a=1&a=2&b=&c&&d=%3D");
        assertEquals(List.of("1", "2"), f.get("a"));
        assertEquals(List.of(""), f.get("b"));
        assertEquals(List.of(""), f.get("c"));
        assertEquals(List.of("="), f.get("d"));
    }

    @Test
    void anEmptyBodyHasNoFields() {
        assertTrue(parse("").isEmpty());
        assertTrue(parse("\r\n").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"description=100%", "description=%zz", "=value", "a=%C"})
    void aBodyThatIsNotFormEncodedIsRefused(String body) {
        assertThrows(IllegalArgumentException.class, () -> parse(body));
    }
}
