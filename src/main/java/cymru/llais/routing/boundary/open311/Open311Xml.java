package cymru.llais.routing.boundary.open311;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an Open311 answer, built once as JSON, as the specification's XML: an object becomes an
 * element per member, a list becomes an element holding one element per item, named in the singular
 * ({@code service_requests} holds {@code request}s), and null an empty element. Text is escaped by
 * the JDK's XMLStreamWriter; characters that XML 1.0 cannot carry at all become U+FFFD.
 */
final class Open311Xml {

    private static final Map<String, String> ITEM_NAMES = Map.of(
            "service_requests", "request",
            "services", "service",
            "errors", "error",
            "endpoints", "endpoint",
            "formats", "format",
            "attributes", "attribute",
            "values", "value");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private Open311Xml() {
    }

    static String write(String root, JsonValue value) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, value);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML could not be written", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, JsonValue value) throws XMLStreamException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an element name: " + name);
        }
        switch (value.getValueType()) {
            case NULL -> xml.writeEmptyElement(name);
            case ARRAY -> {
                JsonArray items = value.asJsonArray();
                String item = ITEM_NAMES.get(name);
                if (item == null) {
                    throw new IllegalArgumentException("no element name for the items of " + name);
                }
                if (items.isEmpty()) {
                    xml.writeEmptyElement(name);
                    return;
                }
                xml.writeStartElement(name);
                for (JsonValue v : items) {
                    element(xml, item, v);
                }
                xml.writeEndElement();
            }
            case OBJECT -> {
                xml.writeStartElement(name);
                for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                    element(xml, member.getKey(), member.getValue());
                }
                xml.writeEndElement();
            }
            case STRING -> text(xml, name, ((JsonString) value).getString());
            case NUMBER -> text(xml, name, value.toString());
            case TRUE -> text(xml, name, "true");
            case FALSE -> text(xml, name, "false");
        }
    }

    private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        String clean = xmlCharactersOnly(text);
        // a carriage return written as itself would be read back as a line feed: keep it as a reference
        int from = 0;
        for (int cr = clean.indexOf('\r'); cr >= 0; cr = clean.indexOf('\r', from)) {
            xml.writeCharacters(clean.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(clean.substring(from));
        xml.writeEndElement();
    }

    /** The text with every character that XML 1.0 does not allow (most control characters, lone surrogates) replaced. */
    static String xmlCharactersOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
