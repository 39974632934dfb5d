package cymru.llais.stories.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A collection as the administrator types it: the area as {@code WARD:code} or {@code AUTHORITY:code}, the
 * prompt and the consent statement in both languages, and the first and last day it is open.
 */
public record CollectionDetails(String area, String promptEn, String promptCy, String consentEn, String consentCy,
                                String opensOn, String closesOn) {

    public static final int MAX_TEXT = 5000;

    /** The problems, field by field; none means the details can be saved (the area's existence is checked apart). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (areaKind() == null) {
            problems.add(new Problem("area", "stories.error.area"));
        }
        text(problems, "promptEn", promptEn, "stories.error.promptEn");
        text(problems, "promptCy", promptCy, "stories.error.promptCy");
        text(problems, "consentEn", consentEn, "stories.error.consentEn");
        text(problems, "consentCy", consentCy, "stories.error.consentCy");
        LocalDate opens = date(opensOn);
        LocalDate closes = date(closesOn);
        if (opens == null) {
            problems.add(new Problem("opensOn", "stories.error.opensOn"));
        }
        if (closes == null) {
            problems.add(new Problem("closesOn", "stories.error.closesOn"));
        }
        if (opens != null && closes != null && closes.isBefore(opens)) {
            problems.add(new Problem("closesOn", "stories.error.datesOrder"));
        }
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value, String key) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            problems.add(new Problem(field, key));
        }
    }

    public AreaKind areaKind() {
        if (area == null) {
            return null;
        }
        int colon = area.indexOf(':');
        if (colon < 0 || colon == area.length() - 1) {
            return null;
        }
        try {
            return AreaKind.valueOf(area.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String areaCode() {
        return area == null ? null : area.substring(area.indexOf(':') + 1).strip();
    }

    public LocalDate opens() {
        return date(opensOn);
    }

    public LocalDate closes() {
        return date(closesOn);
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
