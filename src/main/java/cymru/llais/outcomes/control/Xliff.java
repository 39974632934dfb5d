package cymru.llais.outcomes.control;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * XLIFF 1.2 for outcomes awaiting translation: one {@code <file>} per direction (en→cy, cy→en), one
 * {@code <trans-unit>} per text field. A unit's id names the outcome, its version when exported and the field it
 * fills ({@code outcome-12-v3-responseCy}), so a translation of a text that has changed since is recognised.
 * Reading refuses a document type declaration (and so any entity), and anything larger than {@link #MAX_BYTES}.
 */
public final class Xliff {

    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
    public static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_UNITS = 5000;
    private static final Pattern ID = Pattern.compile("outcome-(\\d{1,18})-v(\\d{1,9})-(response|outcome|reason)(En|Cy)");

    private Xliff() {
    }

    /** Which text a unit fills: the outcome, its version when exported, and the field ({@code responseCy}, ...). */
    public record UnitId(long outcomeId, int version, String field) {

        public static Optional<UnitId> parse(String id) {
            Matcher m = id == null ? null : ID.matcher(id);
            if (m == null || !m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new UnitId(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) + m.group(4)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The language it is written in: "en" or "cy". */
        public String language() {
            return field.endsWith("Cy") ? "cy" : "en";
        }

        @Override
        public String toString() {
            return "outcome-" + outcomeId + "-v" + version + "-" + field;
        }
    }

    /** A text to translate: its unit and the text in the source language. */
    public record Unit(UnitId id, String source) {
    }

    /** A translation read back: the unit's id as written in the file, the languages of its file, and the target text. */
    public record Translation(String id, String sourceLanguage, String targetLanguage, String target) {
    }

    /** Why a file was not read, as a bundle key. */
    public static final class Unreadable extends Exception {
        private final String key;

        public Unreadable(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The document: units whose target field is Welsh go in the en→cy file, the others in the cy→en file. */
    public static byte[] write(List<Unit> units) {
        Map<String, List<Unit>> byTarget = new LinkedHashMap<>();
        byTarget.put("cy", new ArrayList<>());
        byTarget.put("en", new ArrayList<>());
        units.forEach(u -> byTarget.get(u.id().language()).add(u));
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<xliff version=\"1.2\" xmlns=\"").append(NAMESPACE).append("\">\n");
        byTarget.forEach((target, list) -> {
            if (list.isEmpty()) {
                return;
            }
            String source = "cy".equals(target) ? "en" : "cy";
            x.append("  <file original=\"llais-outcomes-").append(source).append('-').append(target)
                    .append("\" source-language=\"").append(source).append("\" target-language=\"").append(target)
                    .append("\" datatype=\"plaintext\">\n    <body>\n");
            for (Unit u : list) {
                x.append("      <trans-unit id=\"").append(u.id()).append("\" xml:space=\"preserve\">\n");
                x.append("        <source xml:lang=\"").append(source).append("\">").append(escape(u.source())).append("</source>\n");
                x.append("        <target xml:lang=\"").append(target).append("\"></target>\n");
                x.append("      </trans-unit>\n");
            }
            x.append("    </body>\n  </file>\n");
        });
        x.append("</xliff>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every unit of every file with the text of its target (empty when none); the file is refused whole if unsafe or not XLIFF 1.2. */
    public static List<Translation> read(byte[] data) throws Unreadable {
        if (data == null || data.length == 0) {
            throw new Unreadable("outcomes.xliff.error.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new Unreadable("outcomes.xliff.error.tooBig");
        }
        Document doc;
        try (InputStream in = new ByteArrayInputStream(data)) {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("no external entities");
            });
            doc = builder.parse(in);
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            throw new Unreadable("outcomes.xliff.error.malformed");
        }
        Element root = doc.getDocumentElement();
        if (!"xliff".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI()) || !"1.2".equals(root.getAttribute("version"))) {
            throw new Unreadable("outcomes.xliff.error.notXliff");
        }
        List<Translation> result = new ArrayList<>();
        for (Element file : children(root, "file")) {
            String source = file.getAttribute("source-language").strip();
            String target = file.getAttribute("target-language").strip();
            for (Element body : children(file, "body")) {
                for (Element unit : units(body)) {
                    List<Element> targets = children(unit, "target");
                    String text = targets.isEmpty() ? "" : targets.get(0).getTextContent();
                    result.add(new Translation(unit.getAttribute("id"), source, target, text == null ? "" : text));
                    if (result.size() > MAX_UNITS) {
                        throw new Unreadable("outcomes.xliff.error.tooBig");
                    }
                }
            }
        }
        return result;
    }

    /** Units directly in a body or in its groups. */
    private static List<Element> units(Element parent) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && NAMESPACE.equals(e.getNamespaceURI())) {
                if ("trans-unit".equals(e.getLocalName())) {
                    found.add(e);
                } else if ("group".equals(e.getLocalName())) {
                    found.addAll(units(e));
                }
            }
        }
        return found;
    }

    private static List<Element> children(Node parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && NAMESPACE.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // no DOCTYPE at all: no internal or external entities, no entity expansion bombs
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\r' -> b.append("&#13;");
                default -> {
                    // characters XML 1.0 cannot carry are left out
                    if (c >= 0x20 || c == '\n' || c == '\t' || Character.isSurrogate(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
