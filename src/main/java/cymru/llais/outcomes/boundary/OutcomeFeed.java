package cymru.llais.outcomes.boundary;

import cymru.llais.i18n.LanguageFilter;
import cymru.llais.i18n.Messages;
import cymru.llais.platform.PortalSettings;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The Atom feed of a ward's published outcomes, {@code /outcomes/feed.xml?ward=W05000857}, in the request's
 * language (as every page: {@code ?lang=cy}, the cookie, or the browser's). No names, no sensitive concern.
 */
@WebServlet("/outcomes/feed.xml")
public class OutcomeFeed extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 50;

    @Inject
    Outcomes outcomes;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WardInfo> ward = outcomes.ward(request.getParameter("ward"));
        if (ward.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = request.getAttribute(LanguageFilter.ATTRIBUTE) instanceof Language l ? l : Language.EN;
        List<Outcomes.PublicOutcome> items = outcomes.ofWard(ward.get().code(), ENTRIES);
        String base = settings.getBaseUrl().replaceAll("/+$", "") + request.getContextPath();
        String self = base + "/outcomes/feed.xml?ward=" + ward.get().code() + "&lang=" + language.code();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", language.code());
            Messages m = Messages.get();
            text(x, "title", m.format(language, "outcomes.feed.title", ward.get().nameIn(language)));
            text(x, "id", "urn:llais:outcomes:ward:" + ward.get().code());
            Instant updated = items.isEmpty() ? Instant.EPOCH : items.get(0).publishedAt();
            text(x, "updated", iso(updated));
            link(x, "self", self, "application/atom+xml");
            link(x, "alternate", base + "/outcomes/index.xhtml?ward=" + ward.get().code() + "&lang=" + language.code(), "text/html");
            x.writeStartElement("author");
            text(x, "name", settings.siteName(language));
            x.writeEndElement();
            for (Outcomes.PublicOutcome o : items) {
                x.writeStartElement("entry");
                text(x, "title", m.format(language, "outcomes.feed.entryTitle", o.partnerName().in(language), m.text(language, o.kind().key())));
                text(x, "id", "urn:llais:outcome:" + o.id());
                text(x, "updated", iso(o.publishedAt()));
                text(x, "published", iso(o.publishedAt()));
                link(x, "alternate", base + "/outcomes/view.xhtml?id=" + o.id() + "&lang=" + language.code(), "text/html");
                x.writeStartElement("author");
                text(x, "name", o.partnerName().in(language));
                x.writeEndElement();
                StringBuilder summary = new StringBuilder();
                if (o.budgeting()) {
                    summary.append(m.text(language, "outcomes.budgeting.marker")).append(": ")
                            .append(m.format(language, "outcomes.budgeting.project", o.project().title().in(language))).append('\n');
                }
                for (Outcomes.Said s : o.said()) {
                    summary.append(m.format(language, "outcomes.said.group", s.category().in(language), s.ward().nameIn(language), s.count()))
                            .append('\n');
                }
                summary.append(o.response().in(language)).append('\n').append(o.outcome().in(language));
                if (o.reason() != null) {
                    summary.append('\n').append(o.reason().in(language));
                }
                x.writeStartElement("summary");
                x.writeAttribute("type", "text");
                x.writeCharacters(summary.toString());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Content-Language", language.code());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
