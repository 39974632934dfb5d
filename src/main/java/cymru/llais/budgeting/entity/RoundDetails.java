package cymru.llais.budgeting.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A round as the administrator writes it, as text from the form, and the rules it must meet: titles and
 * descriptions in both languages, a budget in whole pounds, a ballot type with its maximum or points, a counting
 * rule, and five phase dates each after the one before.
 */
public record RoundDetails(String area, String titleEn, String titleCy, String descriptionEn, String descriptionCy,
                           String budget, String ballotType, String maxProjects, String points, String rule,
                           String ideasFrom, String reviewFrom, String votingFrom, String resultsFrom, String deliveryFrom) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final long MAX_BUDGET = 1_000_000_000L;
    public static final int MAX_POINTS = 1000;

    public RoundDetails {
        area = clean(area);
        titleEn = clean(titleEn);
        titleCy = clean(titleCy);
        descriptionEn = clean(descriptionEn);
        descriptionCy = clean(descriptionCy);
        budget = clean(budget);
        ballotType = clean(ballotType);
        maxProjects = clean(maxProjects);
        points = clean(points);
        rule = clean(rule);
        ideasFrom = clean(ideasFrom);
        reviewFrom = clean(reviewFrom);
        votingFrom = clean(votingFrom);
        resultsFrom = clean(resultsFrom);
        deliveryFrom = clean(deliveryFrom);
    }

    /** The problems that stop it being saved; empty when it may be. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (areaKind() == null || areaCode() == null) {
            p.add(new Problem("area", "budgeting.error.area"));
        }
        text(p, "titleEn", titleEn, MAX_TITLE);
        text(p, "titleCy", titleCy, MAX_TITLE);
        text(p, "descriptionEn", descriptionEn, MAX_TEXT);
        text(p, "descriptionCy", descriptionCy, MAX_TEXT);
        Long b = number(budget);
        if (b == null || b < 1 || b > MAX_BUDGET) {
            p.add(new Problem("budget", "budgeting.error.budget"));
        }
        BallotType type = type();
        if (type == null) {
            p.add(new Problem("ballotType", "budgeting.error.ballotType"));
        } else if (type == BallotType.APPROVAL) {
            Long m = number(maxProjects);
            if (m == null || m < 1 || m > MAX_POINTS) {
                p.add(new Problem("maxProjects", "budgeting.error.maxProjects"));
            }
        } else if (type == BallotType.CUMULATIVE) {
            Long m = number(points);
            if (m == null || m < 1 || m > MAX_POINTS) {
                p.add(new Problem("points", "budgeting.error.points"));
            }
        }
        if (countingRule() == null) {
            p.add(new Problem("rule", "budgeting.error.rule"));
        }
        String[] fields = {"ideasFrom", "reviewFrom", "votingFrom", "resultsFrom", "deliveryFrom"};
        LocalDate[] dates = dates();
        LocalDate before = null;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                p.add(new Problem(fields[i], "budgeting.error.date"));
                before = null;
            } else {
                if (before != null && !dates[i].isAfter(before)) {
                    p.add(new Problem(fields[i], "budgeting.error.dateOrder"));
                }
                before = dates[i];
            }
        }
        return p;
    }

    public AreaKind areaKind() {
        if (area == null || !area.contains(":")) {
            return null;
        }
        try {
            return AreaKind.valueOf(area.substring(0, area.indexOf(':')).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String areaCode() {
        if (area == null || !area.contains(":")) {
            return null;
        }
        String code = area.substring(area.indexOf(':') + 1).strip().toUpperCase(Locale.ROOT);
        return code.matches("[A-Z][0-9]{8}") ? code : null;
    }

    public BallotType type() {
        return parse(BallotType.class, ballotType);
    }

    public CountingRule countingRule() {
        return parse(CountingRule.class, rule);
    }

    public Long budgetPounds() {
        return number(budget);
    }

    public Integer maxProjectsNumber() {
        Long n = number(maxProjects);
        return type() == BallotType.APPROVAL && n != null ? n.intValue() : null;
    }

    public Integer pointsNumber() {
        Long n = number(points);
        return type() == BallotType.CUMULATIVE && n != null ? n.intValue() : null;
    }

    /** The five phase dates, ideas to delivery; null where not a date. */
    public LocalDate[] dates() {
        return new LocalDate[] {date(ideasFrom), date(reviewFrom), date(votingFrom), date(resultsFrom), date(deliveryFrom)};
    }

    private static void text(List<Problem> p, String field, String value, int max) {
        if (value == null) {
            p.add(new Problem(field, "budgeting.error." + field));
        } else if (value.length() > max) {
            p.add(new Problem(field, "budgeting.error.tooLong"));
        }
    }

    static Long number(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replace(",", "").replace("£", "").strip();
        if (!v.matches("[0-9]{1,12}")) {
            return null;
        }
        return Long.valueOf(v);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
