package cymru.llais.routing.boundary.open311;

import jakarta.json.JsonValue;

import java.util.Optional;

/** The two formats of Open311 answers, chosen by the extension of the address, as the specification does. */
enum Open311Format {
    JSON("json", "application/json; charset=UTF-8"),
    XML("xml", "text/xml; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    Open311Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<Open311Format> of(String extension) {
        for (Open311Format f : values()) {
            if (f.extension.equals(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format an address asks for; JSON where it names none (an unknown address, say). */
    static Open311Format ofPath(String path) {
        return path != null && path.endsWith("." + XML.extension) ? XML : JSON;
    }

    /** The answer as text: JSON as it is, XML with {@code root} as the document element. */
    String render(String root, JsonValue value) {
        return this == JSON ? value.toString() : Open311Xml.write(root, value);
    }
}
