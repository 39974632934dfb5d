package cymru.llais.insight.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.insight.control.InsightQueries;
import cymru.llais.insight.control.Shading;
import cymru.llais.insight.entity.InsightFilter;
import cymru.llais.shared.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard map's data ({@code /staff/insight-wards.json}, behind the staff sign-in): the wards with concerns in
 * the viewer's scope and the page's filters, as GeoJSON features with their boundary, name, count and shade (the
 * class of the page's legend). The page's ward table says the same.
 */
@WebServlet("/staff/insight-wards.json")
public class InsightMapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff current;

    @Inject
    Insight insight;

    @Inject
    CurrentLanguage language;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (current.get().isEmpty() || current.get().get().isCouncillor()) {
            response.sendError(403);
            return;
        }
        InsightFilter filter = InsightFilter.parse(request.getParameter("from"), request.getParameter("to"),
                request.getParameter("authority"), request.getParameter("ward"), request.getParameter("category"),
                request.getParameter("partner"), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        List<InsightQueries.Count> counts = insight.wardVolumes(current.require(), filter);
        Shading shading = Shading.of(counts.stream().mapToLong(InsightQueries.Count::count).max().orElse(0));
        Map<String, String> boundaries = insight.boundaries(counts.stream().map(InsightQueries.Count::key).toList());
        Map<String, InsightQueries.Count> byCode = counts.stream().collect(Collectors.toMap(InsightQueries.Count::key, Function.identity()));
        boolean welsh = language.get() == Language.CY;
        response.setContentType("application/geo+json;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        try (Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            boolean first = true;
            for (Map.Entry<String, String> b : boundaries.entrySet()) {
                InsightQueries.Count c = byCode.get(b.getKey());
                out.write(first ? "" : ",");
                first = false;
                out.write("{\"type\":\"Feature\",\"properties\":{\"code\":" + quote(c.key()) + ",\"name\":"
                        + quote(welsh ? c.nameCy() : c.nameEn()) + ",\"count\":" + c.count() + ",\"shade\":"
                        + shading.shade(c.count()) + "},\"geometry\":");
                out.write(b.getValue());
                out.write('}');
            }
            out.write("]}");
        }
    }

    /** A JSON string. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&') {
                        q.append(String.format("\\u%04x", (int) ch));
                    } else {
                        q.append(ch);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
