package cymru.llais.concerns.boundary;

import cymru.llais.concerns.control.Violation;

import java.util.List;

/** Either the reference of the stored concern, or what was wrong (and nothing was stored). */
public record ReportResult(String reference, boolean sensitive, List<Violation> violations) {

    public boolean accepted() {
        return reference != null;
    }

    static ReportResult refused(List<Violation> violations) {
        return new ReportResult(null, false, violations);
    }
}
