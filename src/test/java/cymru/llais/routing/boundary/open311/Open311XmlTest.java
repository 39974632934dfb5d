package cymru.llais.routing.boundary.open311;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Open311XmlTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document d, String tag) {
        return d.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void aListOfRequestsBecomesServiceRequestsWithOneRequestEach() throws Exception {
        JsonValue requests = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("service_request_id", "LL-2026-000001").add("status", "open")
                        .add("lat", 51.4905).add("long", -3.1745))
                .add(Json.createObjectBuilder().add("service_request_id", "LL-2026-000002").add("status", "closed"))
                .build();
        String xml = Open311Xml.write("service_requests", requests);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
        Document d = parse(xml);
        Element root = d.getDocumentElement();
        assertEquals("service_requests", root.getTagName());
        assertEquals(2, root.getElementsByTagName("request").getLength());
        assertEquals("LL-2026-000002", ((Element) root.getElementsByTagName("request").item(1))
                .getElementsByTagName("service_request_id").item(0).getTextContent());
        assertEquals("51.4905", text(d, "lat"));
        assertEquals("-3.1745", text(d, "long"));
    }

    @Test
    void textThatLooksLikeMarkupIsEscapedAndReadBackUnchanged() throws Exception {
        String description = "<b>Tom & Jerry</b> \"quoted\" 'single' ]]> &amp; <!-- no --> Ŵyn ŷd 😀\nsecond line\tand tab\r\nwindows";
        String xml = Open311Xml.write("service_requests", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("description", description)).build());
        assertFalse(xml.contains("<b>"), xml);
        assertEquals(description, text(parse(xml), "description"));
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharacters() throws Exception {
        String xml = Open311Xml.write("errors", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("code", 400).add("description", "bell\u0007 nul\u0000 lone\uD800 end")).build());
        assertEquals("bell\uFFFD nul\uFFFD lone\uFFFD end", text(parse(xml), "description"));
        assertEquals("400", text(parse(xml), "code"));
    }

    @Test
    void nullAndEmptyListsAreEmptyElementsAndBooleansAreWords() throws Exception {
        String xml = Open311Xml.write("service_requests", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("service_request_id", "LL-2026-000003").addNull("account_id")).build());
        assertTrue(xml.contains("<account_id/>") || xml.contains("<account_id></account_id>"), xml);
        String definition = Open311Xml.write("service_definition", Json.createObjectBuilder()
                .add("service_code", "speeding").add("attributes", JsonValue.EMPTY_JSON_ARRAY).build());
        Document d = parse(definition);
        assertEquals(1, d.getElementsByTagName("attributes").getLength());
        assertEquals(0, d.getElementsByTagName("attribute").getLength());
        String services = Open311Xml.write("services", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("service_code", "speeding").add("metadata", false)).build());
        assertEquals("false", text(parse(services), "metadata"));
        assertEquals("service", parse(services).getDocumentElement().getFirstChild().getNodeName());
    }

    @Test
    void nestedListsAreNamedInTheSingular() throws Exception {
        String xml = Open311Xml.write("discovery", Json.createObjectBuilder()
                .add("endpoints", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("formats", Json.createArrayBuilder().add("application/json").add("text/xml")))).build());
        Document d = parse(xml);
        assertEquals(1, d.getElementsByTagName("endpoint").getLength());
        assertEquals(2, d.getElementsByTagName("format").getLength());
        assertEquals("text/xml", d.getElementsByTagName("format").item(1).getTextContent());
    }

    @Test
    void aListWithoutASingularNameOrABadElementNameIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Open311Xml.write("things", Json.createArrayBuilder().add(1).build()));
        assertThrows(IllegalArgumentException.class, () -> Open311Xml.write("request", Json.createObjectBuilder().add("a b", 1).build()));
    }
}
