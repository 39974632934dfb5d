package cymru.llais.budgeting.control.counting;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a round as a pabulib {@code .pb} file, anonymised: the VOTES section keeps only {@code voter_id},
 * {@code vote} and (for cumulative ballots) {@code points}. Voter ids become sequence numbers 1, 2, 3, ...
 * and ballots are sorted by their content, so neither the ids nor the order of the lines tells who voted or
 * when. Every other voter column (age, sex, neighbourhood, voting method, ...) is dropped: together they
 * can single a person out in a small ward. META and PROJECTS are public facts about the round and are
 * written as they are, with {@code num_projects} and {@code num_votes} set to what the file holds.
 * Fields are quoted when they hold a semicolon, a quote or a line break; lines end with LF.
 */
public final class PabulibWriter {

    public void write(PbInstance instance, Writer out) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>(instance.meta());
        meta.put("num_projects", Integer.toString(instance.projects().size()));
        meta.put("num_votes", Integer.toString(instance.ballots().size()));
        out.write("META\n");
        line(out, List.of("key", "value"));
        for (Map.Entry<String, String> m : meta.entrySet()) {
            line(out, List.of(m.getKey(), m.getValue()));
        }

        out.write("PROJECTS\n");
        List<String> columns = new ArrayList<>(List.of("project_id", "cost"));
        for (PbProject p : instance.projects()) {
            for (String c : p.attributes().keySet()) {
                if (!columns.contains(c)) {
                    columns.add(c);
                }
            }
        }
        line(out, columns);
        for (PbProject p : instance.projects()) {
            List<String> fields = new ArrayList<>();
            fields.add(p.id());
            fields.add(p.cost().toPlainString());
            for (String c : columns.subList(2, columns.size())) {
                String v = p.attribute(c);
                fields.add(v == null ? "" : v);
            }
            line(out, fields);
        }

        boolean points = instance.ballots().stream().anyMatch(b -> !b.points().isEmpty());
        out.write("VOTES\n");
        line(out, points ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote"));
        List<List<String>> rows = new ArrayList<>();
        for (PbBallot b : instance.ballots()) {
            String vote = String.join(",", b.projectIds());
            String given = b.points().stream().map(Object::toString).collect(Collectors.joining(","));
            rows.add(points ? List.of(vote, given) : List.of(vote));
        }
        rows.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.size() > 1 ? r.get(1) : ""));
        int seq = 1;
        for (List<String> r : rows) {
            List<String> fields = new ArrayList<>();
            fields.add(Integer.toString(seq++));
            fields.addAll(r);
            line(out, fields);
        }
        out.flush();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    private static String quote(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ';' || c == '"' || c == '\n' || c == '\r')
                && (field.isEmpty() || field.charAt(0) != ' ');
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
