package cymru.llais.outcomes.boundary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import cymru.llais.i18n.Dates;
import cymru.llais.i18n.Messages;
import cymru.llais.shared.Language;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Writes a ward's quarterly summary as a PDF in one language, every heading from the bundles. The text is set in
 * Noto Sans (SIL Open Font License, shipped under {@code fonts/}), embedded as a subset with Identity-H encoding:
 * the PDF standard fonts (WinAnsi) have no ŵ or ŷ.
 */
final class QuarterPdf {

    private static final byte[] REGULAR = font("fonts/NotoSans-Regular.ttf");
    private static final byte[] BOLD = font("fonts/NotoSans-Bold.ttf");
    private static final Color MUTED = new Color(0x50, 0x50, 0x50);

    private final Language language;
    private final Messages messages = Messages.get();
    private final String siteName;
    private final String outcomeUrl;

    /** {@code outcomeUrl}: the address of an outcome's page without its id, {@code https://.../outcomes/view.xhtml?id=}. */
    QuarterPdf(Language language, String siteName, String outcomeUrl) {
        this.language = language;
        this.siteName = siteName;
        this.outcomeUrl = outcomeUrl;
    }

    private static byte[] font(String path) {
        try (InputStream in = QuarterPdf.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the font " + path + " is not in the WAR");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String title(QuarterlySummaries.Summary s) {
        return messages.format(language, "outcomes.quarter.title", s.ward().nameIn(language), quarterName(s));
    }

    private String quarterName(QuarterlySummaries.Summary s) {
        return messages.format(language, s.quarter().key(), s.quarter().yearText());
    }

    byte[] write(QuarterlySummaries.Summary s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            BaseFont regular = BaseFont.createFont("NotoSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, REGULAR, null);
            BaseFont bold = BaseFont.createFont("NotoSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, BOLD, null);
            Font text = new Font(regular, 10.5f);
            Font small = new Font(regular, 9f, Font.NORMAL, MUTED);
            Font heading1 = new Font(bold, 16f);
            Font heading2 = new Font(bold, 13.5f);
            Font heading3 = new Font(bold, 11f);
            Font strong = new Font(bold, 10.5f);

            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
            String title = title(s);
            document.addTitle(title);
            document.addSubject(messages.text(language, "outcomes.board.title"));
            document.addCreator(siteName);
            document.addAuthor(siteName);
            document.open();

            document.add(new Paragraph(siteName, small));
            document.add(spaced(new Paragraph(title, heading1), 4, 6));
            document.add(spaced(new Paragraph(messages.format(language, "outcomes.quarter.intro",
                    Dates.date(language, s.quarter().start()), Dates.date(language, s.quarter().end().minusSeconds(1))), text), 0, 10));

            document.add(spaced(new Paragraph(messages.text(language, "outcomes.quarter.received.title"), heading2), 10, 6));
            PdfPTable received = table(messages.text(language, "outcomes.quarter.received.category"),
                    messages.text(language, "outcomes.quarter.count"), strong);
            s.received().forEach(r -> row(received, r.name().in(language), r.count(), text));
            if (s.sensitiveReceived() > 0) {
                row(received, messages.text(language, "outcomes.quarter.received.sensitive"), s.sensitiveReceived(), text);
            }
            row(received, messages.text(language, "outcomes.quarter.total"), s.receivedTotal(), strong);
            document.add(received);
            document.add(spaced(new Paragraph(messages.format(language, "outcomes.quarter.closed", s.closed()), text), 6, 6));

            document.add(spaced(new Paragraph(messages.text(language, "outcomes.quarter.published.title"), heading2), 10, 6));
            PdfPTable published = table(messages.text(language, "outcomes.field.kind"), messages.text(language, "outcomes.quarter.count"), strong);
            s.published().forEach(k -> row(published, messages.text(language, k.kind().key()), k.count(), text));
            row(published, messages.text(language, "outcomes.quarter.total"), s.publishedTotal(), strong);
            document.add(published);

            document.add(spaced(new Paragraph(messages.text(language, "outcomes.quarter.list.title"), heading2), 14, 6));
            if (s.outcomes().isEmpty()) {
                document.add(new Paragraph(messages.text(language, "outcomes.quarter.list.none"), text));
            }
            for (Outcomes.PublicOutcome o : s.outcomes()) {
                Paragraph head = new Paragraph(messages.format(language, "outcomes.card.title", o.partnerName().in(language),
                        messages.text(language, o.kind().key())), heading3);
                head.setKeepTogether(true);
                document.add(spaced(head, 10, 2));
                Paragraph said = new Paragraph();
                said.add(new Chunk(messages.text(language, "outcomes.said.title") + ": ", strong));
                for (Outcomes.Said g : o.said()) {
                    said.add(new Chunk(messages.format(language, "outcomes.said.group", g.category().in(language),
                            g.ward().nameIn(language), g.count()) + " ", text));
                }
                if (o.sensitiveCount() > 0) {
                    said.add(new Chunk(messages.format(language, "outcomes.said.sensitive", o.sensitiveCount()), text));
                }
                document.add(said);
                Paragraph did = new Paragraph();
                did.add(new Chunk(messages.text(language, "outcomes.did.title") + ": ", strong));
                did.add(new Chunk(o.outcome().in(language), text));
                document.add(spaced(did, 2, 2));
                document.add(new Paragraph(messages.format(language, "outcomes.card.doneOn", Dates.date(language, o.doneOnInstant()))
                        + " · " + outcomeUrl + o.id(), small));
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the quarterly summary could not be written as a PDF", e);
        }
        return out.toByteArray();
    }

    private static Paragraph spaced(Paragraph p, float before, float after) {
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPTable table(String first, String second, Font font) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {5f, 1.2f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.addCell(cell(first, font, Element.ALIGN_LEFT));
        t.addCell(cell(second, font, Element.ALIGN_RIGHT));
        return t;
    }

    private static void row(PdfPTable t, String label, long count, Font font) {
        t.addCell(cell(label, font, Element.ALIGN_LEFT));
        t.addCell(cell(String.valueOf(count), font, Element.ALIGN_RIGHT));
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(alignment);
        c.setPadding(4);
        c.setBorderColor(new Color(0xb1, 0xb4, 0xb6));
        return c;
    }
}
