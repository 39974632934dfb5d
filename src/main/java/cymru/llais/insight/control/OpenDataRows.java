package cymru.llais.insight.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What of a concern or an outcome may go into the open data, as rows of {@link OpenDataSchema}'s columns. The facts
 * given here hold no free text of residents, no e-mail address, no name and no pin: those never reach this class. A
 * sensitive concern, or one that is not published (awaiting moderation, hidden, merged), gives no row: sensitive
 * concerns are only counted per ward, in their own file.
 */
public final class OpenDataRows {

    private OpenDataRows() {
    }

    /** A concern as read for the open data; statuses and dates as at the end of the period. */
    public record ConcernFacts(String reference, Instant reportedAt, String category, String categoryEn, String categoryCy,
                               String wardCode, String wardEn, String wardCy, String localAuthority, BigDecimal latitude,
                               BigDecimal longitude, String status, Instant actedAt, Instant closedAt, String partnerCode,
                               String partnerEn, String partnerCy, boolean sensitive, String publication) {
    }

    public static Optional<List<Object>> concern(ConcernFacts f) {
        if (f.sensitive() || !"PUBLISHED".equals(f.publication())) {
            return Optional.empty();
        }
        Optional<OpenDataGrid.Cell> cell = OpenDataGrid.snap(f.latitude(), f.longitude());
        boolean closed = "CLOSED".equals(f.status());
        return Optional.of(Arrays.asList(f.reference(), day(f.reportedAt()), f.category(), f.categoryEn(), f.categoryCy(),
                f.wardCode(), f.wardEn(), f.wardCy(), f.localAuthority(),
                cell.map(OpenDataGrid.Cell::latitude).orElse(null), cell.map(OpenDataGrid.Cell::longitude).orElse(null),
                code(f.status()), day(f.actedAt()), closed ? day(f.closedAt()) : null,
                f.partnerCode(), f.partnerEn(), f.partnerCy()));
    }

    /** A count of sensitive concerns in a ward: never zero (wards without any are left out), never by type or place. */
    public static List<Object> sensitiveCount(String wardCode, String wardEn, String wardCy, String localAuthority, long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("a ward without sensitive concerns has no row");
        }
        return Arrays.asList(wardCode, wardEn, wardCy, localAuthority, count);
    }

    /** The wards of an outcome: those of its public concerns and of its budgeting round's area, each once, in order. */
    public static String wards(String... semicolonLists) {
        TreeSet<String> wards = new TreeSet<>();
        for (String list : semicolonLists) {
            if (list != null) {
                for (String w : list.split(";")) {
                    if (!w.isBlank()) {
                        wards.add(w.strip());
                    }
                }
            }
        }
        return String.join(";", new ArrayList<>(wards));
    }

    /** A status, kind or rule as its lower-case code: {@code IN_PROGRESS} → {@code in_progress}. */
    public static String code(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** The day in Wales of an instant. */
    public static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(OpenDataPeriod.WALES).toLocalDate();
    }
}
