package cymru.llais.stories.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a member of staff typed to link a story: a concern by its reference ({@code LL-2026-000123}) or its
 * number, an outcome by its number (as in its public address, {@code /outcomes/view.xhtml?id=}). A number may
 * start with {@code #}. Whether it exists and is within the member's reach is for the service to say.
 */
public record LinkTarget(LinkKind kind, String reference, Long id) {

    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,18})");
    private static final Pattern REFERENCE = Pattern.compile("LL-\\d{4}-\\d{6,12}");

    /** The target, or the bundle key of why it cannot be read. */
    public record Read(LinkTarget target, String problem) {
    }

    public static Read read(String kind, String text) {
        LinkKind k;
        try {
            k = kind == null ? null : LinkKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            k = null;
        }
        if (k == null) {
            return new Read(null, "stories.link.error.kind");
        }
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return new Read(null, "stories.link.error.empty");
        }
        var number = NUMBER.matcher(t);
        if (number.matches()) {
            return new Read(new LinkTarget(k, null, Long.valueOf(number.group(1))), null);
        }
        if (k == LinkKind.CONCERN && REFERENCE.matcher(t).matches()) {
            return new Read(new LinkTarget(k, t, null), null);
        }
        return new Read(null, k == LinkKind.CONCERN ? "stories.link.error.concernFormat" : "stories.link.error.outcomeFormat");
    }

    public Optional<String> referenceText() {
        return Optional.ofNullable(reference);
    }
}
