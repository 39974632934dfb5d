package cymru.llais.budgeting.control.counting;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pabulib format (pabulib.org): sections {@code META}, {@code PROJECTS} and {@code VOTES}, each a
 * header line and rows of semicolon-separated fields; a field may be quoted with {@code "} (a quote inside
 * written twice) and may then hold semicolons and line breaks. UTF-8, with or without a byte-order mark,
 * LF or CRLF. Blank lines are ignored. Anything else that does not fit throws a
 * {@link PabulibFormatException} naming the line.
 */
public final class PabulibReader {

    private record Row(int line, List<String> fields) {
    }

    public PbInstance read(Path file) throws IOException, PabulibFormatException {
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    public PbInstance read(Reader reader) throws IOException, PabulibFormatException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = reader.read(buf)) > 0) {
            sb.append(buf, 0, n);
        }
        return read(sb.toString());
    }

    public PbInstance read(String text) throws PabulibFormatException {
        List<Row> rows = rows(text);
        int lastLine = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line();
        int i = 0;
        if (rows.isEmpty()) {
            throw new PabulibFormatException(1, "budgeting.pabulib.empty", "the file is empty");
        }
        i = expectSection(rows, i, "META");
        Row header = header(rows, i++, "META", lastLine);
        if (header.fields().size() != 2) {
            throw new PabulibFormatException(header.line(), "budgeting.pabulib.metaHeader",
                    "the META header must be key;value");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        while (i < rows.size() && !isSection(rows.get(i))) {
            Row r = rows.get(i++);
            if (r.fields().size() != 2) {
                throw new PabulibFormatException(r.line(), "budgeting.pabulib.fieldCount",
                        "expected 2 fields, found " + r.fields().size(), 2, r.fields().size());
            }
            meta.put(r.fields().get(0).trim(), r.fields().get(1));
        }
        int projectsLine = i < rows.size() ? rows.get(i).line() : lastLine;
        i = expectSection(rows, i, "PROJECTS");
        if (!meta.containsKey("budget")) {
            throw new PabulibFormatException(projectsLine, "budgeting.pabulib.missingMeta",
                    "META has no budget", "budget");
        }
        BigDecimal budget = number(meta.get("budget"), projectsLine, "budget");
        if (budget.signum() < 0) {
            throw new PabulibFormatException(projectsLine, "budgeting.pabulib.negative", "negative budget", "budget");
        }
        VoteType voteType = VoteType.APPROVAL;
        if (meta.containsKey("vote_type")) {
            voteType = VoteType.fromPabulib(meta.get("vote_type")).orElseThrow(() -> new PabulibFormatException(
                    projectsLine, "budgeting.pabulib.voteType", "unknown vote_type " + meta.get("vote_type"),
                    meta.get("vote_type")));
        }
        if (meta.containsKey("min_project_score_threshold")) {
            number(meta.get("min_project_score_threshold"), projectsLine, "min_project_score_threshold");
        }

        header = header(rows, i++, "PROJECTS", lastLine);
        List<String> columns = columns(header, "project_id", "cost");
        int idCol = columns.indexOf("project_id");
        int costCol = columns.indexOf("cost");
        List<PbProject> projects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (i < rows.size() && !isSection(rows.get(i))) {
            Row r = rows.get(i++);
            checkCount(r, columns.size());
            String id = r.fields().get(idCol).trim();
            if (id.isEmpty()) {
                throw new PabulibFormatException(r.line(), "budgeting.pabulib.emptyValue", "empty project_id",
                        "project_id");
            }
            if (!ids.add(id)) {
                throw new PabulibFormatException(r.line(), "budgeting.pabulib.duplicateProject",
                        "project " + id + " appears twice", id);
            }
            BigDecimal cost = number(r.fields().get(costCol), r.line(), "cost");
            if (cost.signum() < 0) {
                throw new PabulibFormatException(r.line(), "budgeting.pabulib.negative", "negative cost", "cost");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                if (c != idCol && c != costCol) {
                    attributes.put(columns.get(c), r.fields().get(c));
                }
            }
            projects.add(new PbProject(id, cost, attributes));
        }

        i = expectSection(rows, i, "VOTES");
        header = header(rows, i++, "VOTES", lastLine);
        columns = columns(header, "voter_id", "vote");
        int voterCol = columns.indexOf("voter_id");
        int voteCol = columns.indexOf("vote");
        int pointsCol = columns.indexOf("points");
        if (voteType == VoteType.CUMULATIVE && pointsCol < 0) {
            throw new PabulibFormatException(header.line(), "budgeting.pabulib.missingColumn",
                    "cumulative ballots need a points column", "points");
        }
        List<PbBallot> ballots = new ArrayList<>();
        Set<String> voters = new HashSet<>();
        while (i < rows.size()) {
            Row r = rows.get(i++);
            if (isSection(r)) {
                throw new PabulibFormatException(r.line(), "budgeting.pabulib.unexpectedSection",
                        "no section may follow VOTES", r.fields().get(0).trim());
            }
            checkCount(r, columns.size());
            String voter = r.fields().get(voterCol).trim();
            if (!voters.add(voter)) {
                throw new PabulibFormatException(r.line(), "budgeting.pabulib.duplicateVoter",
                        "voter " + voter + " appears twice", voter);
            }
            List<String> vote = list(r.fields().get(voteCol));
            Set<String> seen = new HashSet<>();
            for (String p : vote) {
                if (!ids.contains(p)) {
                    throw new PabulibFormatException(r.line(), "budgeting.pabulib.unknownProject",
                            "the vote names project " + p + ", which PROJECTS does not list", p);
                }
                if (!seen.add(p)) {
                    throw new PabulibFormatException(r.line(), "budgeting.pabulib.repeatedProject",
                            "the vote names project " + p + " twice", p);
                }
            }
            if (voteType == VoteType.CHOOSE_1 && vote.size() > 1) {
                throw new PabulibFormatException(r.line(), "budgeting.pabulib.chooseOne",
                        "a choose-1 vote names more than one project");
            }
            List<BigInteger> points = new ArrayList<>();
            if (pointsCol >= 0) {
                for (String p : list(r.fields().get(pointsCol))) {
                    BigInteger value;
                    try {
                        value = new BigInteger(p);
                    } catch (NumberFormatException e) {
                        throw new PabulibFormatException(r.line(), "budgeting.pabulib.badNumber",
                                "points: not a whole number: " + p, "points", p);
                    }
                    if (value.signum() < 0) {
                        throw new PabulibFormatException(r.line(), "budgeting.pabulib.negative",
                                "negative points", "points");
                    }
                    points.add(value);
                }
                if (points.size() != vote.size()) {
                    throw new PabulibFormatException(r.line(), "budgeting.pabulib.pointsCount",
                            "the vote names " + vote.size() + " projects but gives " + points.size() + " points",
                            vote.size(), points.size());
                }
            }
            ballots.add(new PbBallot(voter, vote, points));
        }
        return new PbInstance(meta, projects, ballots);
    }

    private static List<String> list(String field) {
        List<String> out = new ArrayList<>();
        for (String part : field.split(",", -1)) {
            String p = part.trim();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static void checkCount(Row r, int expected) throws PabulibFormatException {
        if (r.fields().size() != expected) {
            throw new PabulibFormatException(r.line(), "budgeting.pabulib.fieldCount",
                    "expected " + expected + " fields, found " + r.fields().size(), expected, r.fields().size());
        }
    }

    private static List<String> columns(Row header, String... required) throws PabulibFormatException {
        List<String> columns = new ArrayList<>();
        for (String f : header.fields()) {
            columns.add(f.trim());
        }
        for (String c : required) {
            if (!columns.contains(c)) {
                throw new PabulibFormatException(header.line(), "budgeting.pabulib.missingColumn",
                        "the header has no column " + c, c);
            }
        }
        if (new HashSet<>(columns).size() != columns.size()) {
            throw new PabulibFormatException(header.line(), "budgeting.pabulib.duplicateColumn",
                    "the header names a column twice");
        }
        return columns;
    }

    private static BigDecimal number(String value, int line, String what) throws PabulibFormatException {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new PabulibFormatException(line, "budgeting.pabulib.badNumber",
                    what + ": not a number: " + value, what, value);
        }
    }

    private static Row header(List<Row> rows, int i, String section, int lastLine) throws PabulibFormatException {
        if (i >= rows.size() || isSection(rows.get(i))) {
            int line = i < rows.size() ? rows.get(i).line() : lastLine;
            throw new PabulibFormatException(line, "budgeting.pabulib.missingHeader",
                    "the section " + section + " has no header line", section);
        }
        return rows.get(i);
    }

    private static int expectSection(List<Row> rows, int i, String section) throws PabulibFormatException {
        if (i >= rows.size()) {
            int line = rows.get(rows.size() - 1).line();
            throw new PabulibFormatException(line, "budgeting.pabulib.missingSection",
                    "the file ends before the section " + section, section);
        }
        Row r = rows.get(i);
        if (!(r.fields().size() == 1 && r.fields().get(0).trim().equals(section))) {
            throw new PabulibFormatException(r.line(), "budgeting.pabulib.expectedSection",
                    "expected the section " + section, section);
        }
        return i + 1;
    }

    private static boolean isSection(Row r) {
        if (r.fields().size() != 1) {
            return false;
        }
        String f = r.fields().get(0).trim();
        return f.equals("META") || f.equals("PROJECTS") || f.equals("VOTES");
    }

    /** Splits the text into rows of fields, each with the line it starts on; blank lines are dropped. */
    private static List<Row> rows(String text) throws PabulibFormatException {
        List<Row> rows = new ArrayList<>();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int len = text.length();
        while (pos < len) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quotedField = false;
            boolean blank = true;
            while (true) {
                if (pos >= len) {
                    fields.add(field.toString());
                    break;
                }
                char c = text.charAt(pos);
                if (c == '"' && field.length() == 0 && !quotedField) {
                    int quoteLine = line;
                    pos++;
                    blank = false;
                    quotedField = true;
                    while (true) {
                        if (pos >= len) {
                            throw new PabulibFormatException(quoteLine, "budgeting.pabulib.unclosedQuote",
                                    "a quoted field is never closed");
                        }
                        char q = text.charAt(pos);
                        if (q == '"') {
                            if (pos + 1 < len && text.charAt(pos + 1) == '"') {
                                field.append('"');
                                pos += 2;
                                continue;
                            }
                            pos++;
                            break;
                        }
                        if (q == '\n') {
                            line++;
                        }
                        if (q != '\r') {
                            field.append(q);
                        }
                        pos++;
                    }
                    continue;
                }
                if (c == ';') {
                    fields.add(field.toString());
                    field.setLength(0);
                    quotedField = false;
                    blank = false;
                    pos++;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    fields.add(field.toString());
                    if (c == '\r' && pos + 1 < len && text.charAt(pos + 1) == '\n') {
                        pos++;
                    }
                    pos++;
                    line++;
                    break;
                }
                if (quotedField && !Character.isWhitespace(c)) {
                    throw new PabulibFormatException(line, "budgeting.pabulib.textAfterQuote",
                            "text after the closing quote of a field");
                }
                if (!Character.isWhitespace(c)) {
                    blank = false;
                }
                field.append(c);
                pos++;
            }
            if (!blank) {
                rows.add(new Row(start, fields));
            }
        }
        return rows;
    }
}
