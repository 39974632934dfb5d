package cymru.llais.concerns.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/** A concern's public reference, such as {@code LL-2026-000123}: the year it was made and a serial number. */
public record Reference(int year, long serial) {

    private static final Pattern FORMAT = Pattern.compile("LL-(\\d{4})-(\\d{6,12})");

    public Reference {
        if (!isValid(year, serial)) {
            throw new IllegalArgumentException("not a reference");
        }
    }

    public static Optional<Reference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        long serial = Long.parseLong(m.group(2));
        // well-formed text can still name no reference (LL-1999-..., LL-2026-000000): that is "not found", not an error
        return isValid(year, serial) ? Optional.of(new Reference(year, serial)) : Optional.empty();
    }

    private static boolean isValid(int year, long serial) {
        return year >= 2000 && year <= 9999 && serial >= 1;
    }

    @Override
    public String toString() {
        return String.format("LL-%04d-%06d", year, serial);
    }
}
