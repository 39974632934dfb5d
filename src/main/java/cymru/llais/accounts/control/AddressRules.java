package cymru.llais.accounts.control;

import cymru.llais.shared.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a home address for voting must be: one or two lines and a town of ordinary address characters, a UK
 * postcode, and a place that decides the ward: a point on the map (which must lie in a Welsh ward) or a ward
 * picked from the list. Each broken rule against its field.
 */
public final class AddressRules {

    public static final int MAX_LINE = 100;
    public static final int MAX_TOWN = 60;

    /** Letters (any language), digits, spaces and the punctuation addresses use; first a letter or digit (no CSV formulae). */
    private static final Pattern LINE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ,.'’/&()-]*");
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})");

    /** What the rules need to know about places. */
    public interface Places {
        boolean inWales(GeoPoint point);

        Optional<String> wardAt(GeoPoint point);

        boolean wardExists(String code);
    }

    /** The address as typed. */
    public record Input(String line1, String line2, String town, String postcode, String latitude, String longitude,
                        String ward) {
    }

    /** The address after the rules: problems, or clean values and the ward. */
    public record Checked(List<FieldError> errors, String line1, String line2, String town, String postcode, String ward) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private AddressRules() {
    }

    public static Checked check(Input in, Places places) {
        List<FieldError> errors = new ArrayList<>();
        String line1 = line(in.line1(), "line1", MAX_LINE, "account.address.error.line1.required", errors);
        String line2 = line(in.line2(), "line2", MAX_LINE, null, errors);
        String town = line(in.town(), "town", MAX_TOWN, "account.address.error.town.required", errors);
        String postcode = postcode(in.postcode());
        if (postcode == null) {
            errors.add(FieldError.of("postcode", "account.address.error.postcode"));
        }
        String ward = null;
        boolean pinGiven = blank(in.latitude()) != null || blank(in.longitude()) != null;
        if (pinGiven) {
            Optional<GeoPoint> point = GeoPoint.parse(in.latitude(), in.longitude());
            if (point.isEmpty()) {
                errors.add(FieldError.of("ward", "account.address.error.point"));
            } else if (!places.inWales(point.get())) {
                errors.add(FieldError.of("ward", "account.address.error.outsideWales"));
            } else {
                ward = places.wardAt(point.get()).orElse(null);
                if (ward == null) {
                    errors.add(FieldError.of("ward", "account.address.error.noWard"));
                }
            }
        } else {
            String chosen = blank(in.ward());
            if (chosen == null) {
                errors.add(FieldError.of("ward", "account.address.error.wardRequired"));
            } else if (!places.wardExists(chosen)) {
                errors.add(FieldError.of("ward", "account.address.error.wardUnknown"));
            } else {
                ward = chosen;
            }
        }
        return new Checked(List.copyOf(errors), line1, line2, town, postcode, ward);
    }

    /** A postcode as it is printed, "CF24 4HQ"; null when the text cannot be a UK postcode. */
    public static String postcode(String typed) {
        if (typed == null || typed.length() > 20) {
            return null;
        }
        String p = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        var m = POSTCODE.matcher(p);
        return m.matches() ? m.group(1) + " " + m.group(2) : null;
    }

    /** A line of the address; {@code requiredKey} says what to say when it is missing, null when it may be. */
    private static String line(String typed, String field, int max, String requiredKey, List<FieldError> errors) {
        String t = blank(typed);
        if (t == null) {
            if (requiredKey != null) {
                errors.add(FieldError.of(field, requiredKey));
            }
            return null;
        }
        t = t.replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) > max) {
            errors.add(FieldError.of(field, "account.address.error.tooLong", max));
            return null;
        }
        if (!LINE.matcher(t).matches()) {
            errors.add(FieldError.of(field, "account.address.error.characters"));
            return null;
        }
        return t;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
