package cymru.llais.concerns.control;

import cymru.llais.shared.EmailAddress;
import cymru.llais.shared.GeoPoint;
import cymru.llais.shared.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules a new concern must pass before anything is stored. Each broken rule is reported
 * against its field, with a bundle key, so that the form and the API can say what is wrong in
 * either language.
 */
public final class ConcernRules {

    public static final int MIN_DESCRIPTION = 10;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_LOCATION_TEXT = 200;
    public static final int MAX_EMAIL = EmailAddress.MAX_LENGTH;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\p{Cs}\\x{FFFE}\\x{FFFF}]");

    /** What the rules need to know about places. */
    public interface Places {
        boolean inWales(GeoPoint point);

        Optional<String> wardAt(GeoPoint point);

        boolean wardExists(String code);
    }

    /** The submission as typed, before any rule. */
    public record Input(String category, String latitude, String longitude, String ward, String locationText,
                        String description, String language, String email) {
    }

    /** The submission after the rules: either violations, or clean values. */
    public record Checked(List<Violation> violations, String category, String ward, GeoPoint pin,
                          String locationText, String description, Language language, String email) {
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    private ConcernRules() {
    }

    public static Checked check(Input in, Predicate<String> categoryExists, Places places) {
        List<Violation> v = new ArrayList<>();

        String category = blankToNull(in.category());
        if (category == null) {
            v.add(Violation.of("category", "concerns.error.category.required"));
        } else if (!categoryExists.test(category)) {
            v.add(Violation.of("category", "concerns.error.category.unknown"));
        }

        GeoPoint pin = null;
        String ward = null;
        boolean pinGiven = blankToNull(in.latitude()) != null || blankToNull(in.longitude()) != null;
        if (pinGiven) {
            Optional<GeoPoint> parsed = GeoPoint.parse(in.latitude(), in.longitude());
            if (parsed.isEmpty()) {
                v.add(Violation.of("place", "concerns.error.place.notNumber"));
            } else if (!places.inWales(parsed.get())) {
                v.add(Violation.of("place", "concerns.error.place.outsideWales"));
            } else {
                Optional<String> at = places.wardAt(parsed.get());
                if (at.isEmpty()) {
                    v.add(Violation.of("place", "concerns.error.place.noWard"));
                } else {
                    pin = parsed.get();
                    ward = at.get();
                }
            }
        } else {
            String chosen = blankToNull(in.ward());
            if (chosen == null) {
                v.add(Violation.of("place", "concerns.error.place.required"));
            } else if (!places.wardExists(chosen)) {
                v.add(Violation.of("place", "concerns.error.ward.unknown"));
            } else {
                ward = chosen;
            }
        }

        String locationText = clean(in.locationText());
        if (locationText != null && length(locationText) > MAX_LOCATION_TEXT) {
            v.add(Violation.of("locationText", "concerns.error.locationText.tooLong", MAX_LOCATION_TEXT));
        }

        String description = clean(in.description());
        if (description == null) {
            v.add(Violation.of("description", "concerns.error.description.required"));
        } else if (length(description) < MIN_DESCRIPTION) {
            v.add(Violation.of("description", "concerns.error.description.tooShort", MIN_DESCRIPTION));
        } else if (length(description) > MAX_DESCRIPTION) {
            v.add(Violation.of("description", "concerns.error.description.tooLong", MAX_DESCRIPTION, length(description)));
        }

        Optional<Language> language = Language.fromCode(in.language());
        if (language.isEmpty()) {
            v.add(Violation.of("language", "concerns.error.language.unknown"));
        }

        String email = blankToNull(in.email());
        if (email != null && !EmailAddress.isValid(email)) {
            v.add(Violation.of("email", "concerns.error.email.invalid"));
        }

        return new Checked(List.copyOf(v), category, ward, pin, locationText, description,
                language.orElse(Language.EN), email);
    }

    /** Trims, normalises line ends, and drops control characters that have no place in a text. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
        return t.isEmpty() ? null : t;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
