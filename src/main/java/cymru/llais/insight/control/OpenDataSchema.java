package cymru.llais.insight.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The open data files and their columns, in order. Each column's description is the bundle key
 * {@code opendata.column.<file>.<column>} (English and Welsh); each file's is {@code opendata.file.<file>}. The types
 * are those of the Frictionless Table Schema: string, integer, number, date, boolean.
 */
public enum OpenDataSchema {
    CONCERNS("concerns",
            "reference:string", "reported_on:date", "category:string", "category_en:string", "category_cy:string",
            "ward_code:string", "ward_en:string", "ward_cy:string", "local_authority_code:string",
            "grid_latitude:number", "grid_longitude:number", "status:string", "acknowledged_on:date", "resolved_on:date",
            "partner_code:string", "partner_en:string", "partner_cy:string"),
    SENSITIVE_COUNTS("sensitive-counts",
            "ward_code:string", "ward_en:string", "ward_cy:string", "local_authority_code:string", "concerns:integer"),
    OUTCOMES("outcomes",
            "outcome_id:integer", "published_on:date", "done_on:date", "kind:string", "partner_code:string",
            "partner_en:string", "partner_cy:string", "response_en:string", "response_cy:string", "outcome_en:string",
            "outcome_cy:string", "reason_en:string", "reason_cy:string", "ward_codes:string", "linked_concerns:integer",
            "sensitive_concerns:integer", "budgeting_project_id:integer"),
    BUDGETING("budgeting",
            "round_id:integer", "round_en:string", "round_cy:string", "area_kind:string", "area_code:string",
            "area_en:string", "area_cy:string", "budget:integer", "ballot_type:string", "rule:string",
            "voting_from:date", "results_from:date", "ballots:integer", "project_id:integer", "project_en:string",
            "project_cy:string", "cost:integer", "votes:integer", "points:integer", "selected:boolean");

    /** One column: its name in the header row and its type. */
    public record Column(String name, String type) {
    }

    private final String file;
    private final List<Column> columns;

    OpenDataSchema(String file, String... columns) {
        this.file = file;
        this.columns = Arrays.stream(columns).map(c -> new Column(c.substring(0, c.indexOf(':')), c.substring(c.indexOf(':') + 1)))
                .toList();
    }

    /** The file's name without extension, as in its URL. */
    public String file() {
        return file;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public String descriptionKey() {
        return "opendata.file." + file;
    }

    public String columnKey(Column column) {
        return "opendata.column." + file + "." + column.name();
    }

    public static Optional<OpenDataSchema> ofFile(String file) {
        return Arrays.stream(values()).filter(s -> s.file.equals(file == null ? null : file.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
