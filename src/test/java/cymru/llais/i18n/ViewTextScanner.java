package cymru.llais.i18n;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds user-facing text written straight into a Facelets view instead of coming from the bundle:
 * text nodes with a word of three or more letters outside {@code #{...}}, and text attributes
 * (aria-label, alt, title, placeholder, a visible value, ...) with any letter outside {@code #{...}}.
 * Views are parsed as XML, as Facelets parses them, so comments, scripts and markup are told apart from text.
 */
final class ViewTextScanner {

    /** One piece of literal text: where it is, and what it says. */
    record Finding(String file, int line, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what;
        }
    }

    private static final Set<String> HTML_NAMESPACES = Set.of("", "http://www.w3.org/1999/xhtml");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "aria-valuetext", "aria-placeholder", "label", "itemLabel",
            "itemDescription", "noSelectionLabel", "requiredMessage", "converterMessage", "validatorMessage", "summary");
    /** Elements whose value is data, a binding or an address, never shown as text. */
    private static final Set<String> VALUE_IS_NOT_TEXT = Set.of("option", "param", "li", "data", "meter", "progress",
            "select", "selectItem", "selectItems", "viewParam", "viewAction", "attribute", "passThroughAttribute",
            "passThroughAttributes", "repeat", "forEach", "set", "inputHidden", "inputFile", "selectOneMenu",
            "selectOneRadio", "selectOneListbox", "selectManyCheckbox", "selectManyListbox", "selectManyMenu",
            "selectBooleanCheckbox", "dataTable", "graphicImage", "outputLink", "outputStylesheet", "outputScript",
            "convertNumber", "convertDateTime", "validateLength", "validateLongRange", "validateDoubleRange",
            "validateRegex", "setPropertyActionListener", "websocket", "importConstants", "metadata");
    /** Input types whose value is not shown to the person as text. */
    private static final Set<String> HIDDEN_VALUE_INPUTS = Set.of("hidden", "checkbox", "radio", "range", "number",
            "date", "datetime-local", "month", "week", "time", "color", "file", "image");
    private static final Set<String> NOT_TEXT_CONTENT = Set.of("script", "style");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern HTML_ENTITY = Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#\\d+|#x\\p{XDigit}+);)[A-Za-z][A-Za-z0-9]*;");

    private ViewTextScanner() {
    }

    static List<Finding> scan(String file, String xhtml) {
        List<Finding> findings = new ArrayList<>();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            // named HTML entities (&nbsp;) are not XML's; they carry no words either way
            String xml = HTML_ENTITY.matcher(xhtml).replaceAll(" ");
            parser.parse(new InputSource(new StringReader(xml)), new Handler(file, findings));
        } catch (SAXException e) {
            findings.add(new Finding(file, 0, "is not well-formed XML: " + e.getMessage()));
        } catch (Exception e) {
            throw new IllegalStateException(file + " could not be scanned", e);
        }
        return findings;
    }

    /** The text with every {@code #{...}} and {@code ${...}} expression taken out. */
    static String withoutExpressions(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '#' || c == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i = endOfExpression(text, i + 2);
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int endOfExpression(String text, int from) {
        int depth = 1;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static final class Handler extends DefaultHandler {
        private final String file;
        private final List<Finding> findings;
        private final Deque<String> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        private int textLine;
        private int skipDepth;

        Handler(String file, List<Finding> findings) {
            this.file = file;
            this.findings = findings;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            boolean html = HTML_NAMESPACES.contains(uri);
            open.push(localName);
            if (html && NOT_TEXT_CONTENT.contains(localName.toLowerCase(Locale.ROOT))) {
                skipDepth++;
            }
            String type = attributes.getValue("type");
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i);
                String value = withoutExpressions(attributes.getValue(i));
                boolean uiText = TEXT_ATTRIBUTES.contains(name)
                        || ("value".equals(name) && valueIsShown(html, localName, type));
                if (uiText && LETTER.matcher(value).find()) {
                    findings.add(new Finding(file, locator.getLineNumber(),
                            "<" + qName + " " + attributes.getQName(i) + "=\"" + attributes.getValue(i) + "\">"));
                }
            }
        }

        private static boolean valueIsShown(boolean html, String element, String type) {
            if (VALUE_IS_NOT_TEXT.contains(element)) {
                return false;
            }
            if (html && element.equalsIgnoreCase("button")) {
                return false;
            }
            if (html && element.equalsIgnoreCase("input")) {
                return type == null || !HIDDEN_VALUE_INPUTS.contains(type.strip().toLowerCase(Locale.ROOT));
            }
            return true;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
            if (HTML_NAMESPACES.contains(uri) && NOT_TEXT_CONTENT.contains(localName.toLowerCase(Locale.ROOT))) {
                skipDepth--;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text.length() == 0) {
                textLine = locator.getLineNumber();
            }
            text.append(ch, start, length);
        }

        private void flushText() {
            String raw = text.toString();
            text.setLength(0);
            if (skipDepth > 0 || raw.isBlank()) {
                return;
            }
            if (WORD.matcher(withoutExpressions(raw)).find()) {
                findings.add(new Finding(file, textLine, "text \"" + raw.strip() + "\" in <" + open.peek() + ">"));
            }
        }
    }
}
