package cymru.llais.budgeting.control.counting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project of a pabulib file: its id, its cost and the file's other columns as written
 * (name, votes, score, selected, category, ...), in file order.
 */
public record PbProject(String id, BigDecimal cost, Map<String, String> attributes) {

    public PbProject {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public String attribute(String column) {
        return attributes.get(column);
    }
}
