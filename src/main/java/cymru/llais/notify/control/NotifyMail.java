package cymru.llais.notify.control;

import cymru.llais.i18n.Messages;
import cymru.llais.platform.MailLayout.Paragraph;
import cymru.llais.platform.Mailer;
import cymru.llais.shared.BilingualText;
import cymru.llais.shared.Language;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The notification e-mails, as plain text and HTML: in the recipient's language, or in Welsh and then English
 * when it is unknown; every one with a link to stop them and the one-click unsubscribe headers (RFC 8058).
 * A sensitive concern's e-mail names its reference and status only: never its category, text or place.
 */
public final class NotifyMail {

    public static final String STATUS_CHANGED = "STATUS_CHANGED";
    public static final String OUTCOME_PUBLISHED = "OUTCOME_PUBLISHED";
    public static final String MERGED = "MERGED";
    private static final List<Language> BOTH = List.of(Language.CY, Language.EN);

    private NotifyMail() {
    }

    /** What an e-mail may say about a concern. {@code status} is a concern status's name. */
    public record ConcernFacts(String reference, boolean sensitive, BilingualText category, BilingualText ward, String status) {
    }

    /** One piece of news: its kind, the status after it, and (for an outcome) its text in both languages, or null. */
    public record News(String kind, String status, BilingualText text) {
    }

    /** The portal's public address, the recipient's unsubscribe token and the site's names. */
    public record Links(String baseUrl, String token, BilingualText siteName) {

        String unsubscribe(Language l) {
            return baseUrl + "/unsubscribe.xhtml?token=" + token + "&lang=" + l.code();
        }

        String concern(String reference, Language l) {
            return baseUrl + "/concerns/view.xhtml?ref=" + reference + "&lang=" + l.code();
        }

        Map<String, String> headers() {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("List-Unsubscribe", "<" + baseUrl + "/unsubscribe.xhtml?token=" + token + ">");
            h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            return h;
        }
    }

    /**
     * What an e-mail may say about a published outcome, all of it public on its permanent page: the key of its
     * kind, the partner, its response, what was done, the reason (or null) and the day it was done.
     */
    public record OutcomeFacts(long id, String kindKey, BilingualText partner, BilingualText response, BilingualText done,
                               BilingualText reason, LocalDate doneOn) {

        String page(String baseUrl, Language l) {
            return baseUrl + "/outcomes/view.xhtml?id=" + id + "&lang=" + l.code();
        }
    }

    /** One item of a ward's news for a digest; {@code outcome} is set for a published outcome (one item however many concerns). */
    public record WardItem(ConcernFacts concern, News news, OutcomeFacts outcome) {

        public WardItem(ConcernFacts concern, News news) {
            this(concern, news, null);
        }
    }

    private record Part(Language language, String subject, List<Paragraph> paragraphs) {
    }

    /** The e-mail to a reporter or follower about news of their concern. */
    public static Mailer.Mail concernNews(Recipients.Recipient to, ConcernFacts c, News n, Links links) {
        List<Part> parts = new ArrayList<>();
        for (Language l : to.bilingual() ? BOTH : List.of(to.language())) {
            Messages m = Messages.get();
            String status = m.text(l, statusKey(n.status()));
            List<Paragraph> p = new ArrayList<>();
            String subject;
            if (OUTCOME_PUBLISHED.equals(n.kind())) {
                subject = m.format(l, "notify.outcome.subject", c.reference());
                p.add(Paragraph.of(m.format(l, "notify.outcome.body", c.reference())));
                if (!c.sensitive() && n.text() != null) {
                    p.add(Paragraph.of(n.text().in(l)));
                }
            } else {
                subject = m.format(l, "notify.status.subject", c.reference(), status);
                p.add(Paragraph.of(m.format(l, "notify.status.body", c.reference(), status)));
            }
            if (c.sensitive()) {
                p.add(Paragraph.of(m.format(l, "notify.status.sensitive")));
                p.add(Paragraph.of(m.format(l, "safeguarding.emergency")));
            } else {
                p.add(Paragraph.of(m.format(l, "notify.status.details", c.category().in(l), c.ward().in(l))));
                p.add(new Paragraph(m.format(l, "notify.status.link"), links.concern(c.reference(), l)));
            }
            p.add(Paragraph.of(m.format(l, to.reason() == Recipients.Reason.REPORTED ? "notify.status.why.reported" : "notify.status.why.follows")));
            p.add(new Paragraph(m.format(l, "notify.unsubscribe.concern"), links.unsubscribe(l)));
            parts.add(new Part(l, subject, p));
        }
        return assemble(to.email(), parts, links);
    }

    /**
     * The one e-mail a reporter or follower gets when an outcome answering their concerns is published, however
     * many of them it answers: what was done, by whom, when, of what kind, with the outcome's permanent page and
     * each concern's status. {@code theirs} are the concerns that link them to it, in order; the first is the
     * one the unsubscribe link names. When all of them are sensitive it says no more than a sensitive concern's
     * status e-mail: the reference and the status, never what was done (which would tell what it was about).
     */
    public static Mailer.Mail outcomeNews(Recipients.Recipient to, OutcomeFacts o, List<ConcernFacts> theirs, Links links) {
        if (theirs.isEmpty()) {
            throw new IllegalArgumentException("an outcome e-mail names at least one concern");
        }
        boolean discreet = theirs.stream().allMatch(ConcernFacts::sensitive);
        List<ConcernFacts> told = discreet ? theirs : theirs.stream().filter(c -> !c.sensitive()).toList();
        String references = String.join(", ", told.stream().map(ConcernFacts::reference).toList());
        List<Part> parts = new ArrayList<>();
        for (Language l : to.bilingual() ? BOTH : List.of(to.language())) {
            Messages m = Messages.get();
            List<Paragraph> p = new ArrayList<>();
            String subject;
            if (discreet) {
                ConcernFacts first = told.get(0);
                subject = m.format(l, "notify.status.subject", references, m.text(l, statusKey(first.status())));
                for (ConcernFacts c : told) {
                    p.add(Paragraph.of(m.format(l, "notify.status.body", c.reference(), m.text(l, statusKey(c.status())))));
                }
                p.add(Paragraph.of(m.format(l, "notify.status.sensitive")));
                p.add(Paragraph.of(m.format(l, "safeguarding.emergency")));
            } else {
                subject = m.format(l, "notify.outcome.subject", references);
                p.add(Paragraph.of(m.format(l, "notify.outcome.intro", references)));
                p.add(Paragraph.of(m.format(l, "notify.outcome.partner", o.partner().in(l))));
                p.add(Paragraph.of(m.format(l, "notify.outcome.kind", m.text(l, o.kindKey()))));
                p.add(Paragraph.of(m.format(l, "notify.outcome.doneOn", midday(o.doneOn()))));
                p.add(Paragraph.of(m.format(l, "notify.outcome.whatWasDone", o.done().in(l))));
                if (o.response() != null) {
                    p.add(Paragraph.of(m.format(l, "notify.outcome.response", o.response().in(l))));
                }
                if (o.reason() != null) {
                    p.add(Paragraph.of(m.format(l, "notify.outcome.reason", o.reason().in(l))));
                }
                p.add(new Paragraph(m.format(l, "notify.outcome.link"), o.page(links.baseUrl(), l)));
                for (ConcernFacts c : told) {
                    p.add(new Paragraph(m.format(l, "notify.digest.item.status", c.reference(), c.category().in(l),
                            m.text(l, statusKey(c.status()))), links.concern(c.reference(), l)));
                }
            }
            p.add(Paragraph.of(m.format(l, to.reason() == Recipients.Reason.REPORTED ? "notify.status.why.reported" : "notify.status.why.follows")));
            p.add(new Paragraph(m.format(l, "notify.unsubscribe.outcome", told.get(0).reference()), links.unsubscribe(l)));
            parts.add(new Part(l, subject, p));
        }
        return assemble(to.email(), parts, links);
    }

    /**
     * The e-mail to the reporter or a follower of a concern merged into another (a duplicate): which one it was
     * merged into, and that its news now comes from that one. Sensitive either side: references only, no link.
     */
    public static Mailer.Mail mergedNews(Recipients.Recipient to, ConcernFacts merged, ConcernFacts kept, Links links) {
        boolean discreet = merged.sensitive() || kept.sensitive();
        List<Part> parts = new ArrayList<>();
        for (Language l : to.bilingual() ? BOTH : List.of(to.language())) {
            Messages m = Messages.get();
            List<Paragraph> p = new ArrayList<>();
            String subject = m.format(l, "notify.merged.subject", merged.reference(), kept.reference());
            p.add(Paragraph.of(m.format(l, to.reason() == Recipients.Reason.REPORTED ? "notify.merged.body.reported"
                    : "notify.merged.body.follows", merged.reference(), kept.reference())));
            if (discreet) {
                p.add(Paragraph.of(m.format(l, "notify.status.sensitive")));
            } else {
                p.add(new Paragraph(m.format(l, "notify.merged.link", kept.reference()), links.concern(kept.reference(), l)));
            }
            p.add(new Paragraph(m.format(l, "notify.unsubscribe.outcome", kept.reference()), links.unsubscribe(l)));
            parts.add(new Part(l, subject, p));
        }
        return assemble(to.email(), parts, links);
    }

    /** Noon on the day (UTC), so that the day shows as itself in Wales (and anywhere within eleven hours of UTC). */
    private static Date midday(LocalDate day) {
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /**
     * A ward's news for a subscriber: a digest of several items, or one item at once. Empty when there is
     * no news: an empty digest is never sent.
     */
    public static Optional<Mailer.Mail> wardNews(String to, Language language, BilingualText ward, List<WardItem> items, Links links) {
        List<WardItem> shown = items.stream().filter(i -> !i.concern().sensitive()).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Messages m = Messages.get();
        Language l = language;
        List<Paragraph> p = new ArrayList<>();
        p.add(Paragraph.of(m.format(l, "notify.digest.intro", ward.in(l))));
        for (WardItem i : shown) {
            ConcernFacts c = i.concern();
            if (i.outcome() != null) {
                OutcomeFacts o = i.outcome();
                p.add(new Paragraph(m.format(l, "notify.digest.item.outcomePublished", o.partner().in(l), m.text(l, o.kindKey()),
                        o.done().in(l)), o.page(links.baseUrl(), l)));
                continue;
            }
            String text = OUTCOME_PUBLISHED.equals(i.news().kind()) && i.news().text() != null
                    ? m.format(l, "notify.digest.item.outcome", c.reference(), c.category().in(l), i.news().text().in(l))
                    : m.format(l, "notify.digest.item.status", c.reference(), c.category().in(l), m.text(l, statusKey(i.news().status())));
            p.add(new Paragraph(text, links.concern(c.reference(), l)));
        }
        p.add(Paragraph.of(m.format(l, "notify.digest.why")));
        p.add(new Paragraph(m.format(l, "notify.digest.manage"), links.baseUrl() + "/account/subscriptions.xhtml?lang=" + l.code()));
        p.add(new Paragraph(m.format(l, "notify.unsubscribe.ward"), links.unsubscribe(l)));
        String subject = m.format(l, "notify.digest.subject", shown.size(), ward.in(l));
        return Optional.of(assemble(to, List.of(new Part(l, subject, p)), links));
    }

    static String statusKey(String status) {
        return "concerns.status." + status.toLowerCase(Locale.ROOT);
    }

    private static Mailer.Mail assemble(String to, List<Part> parts, Links links) {
        Messages m = Messages.get();
        boolean bilingual = parts.size() > 1;
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(parts.get(0).language().code()).append("\"><body>");
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Language l = part.language();
            subjects.add(part.subject());
            if (i > 0) {
                text.append("\n----------------------------------------\n\n");
                html.append("<hr>");
            }
            html.append("<div lang=\"").append(l.code()).append("\">");
            if (bilingual) {
                String note = m.format(l, i == 0 ? "notify.mail.otherLanguageBelow" : "notify.mail.otherLanguageAbove");
                text.append(note).append("\n\n");
                html.append("<p><em>").append(Mailer.escape(note)).append("</em></p>");
            }
            String greeting = m.format(l, "mail.confirmation.greeting");
            text.append(greeting).append("\n\n");
            html.append("<p>").append(Mailer.escape(greeting)).append("</p>");
            for (Paragraph p : part.paragraphs()) {
                text.append(p.text());
                html.append("<p>").append(Mailer.escape(p.text()));
                if (p.link() != null) {
                    text.append('\n').append(p.link());
                    html.append("<br><a href=\"").append(Mailer.escape(p.link())).append("\">").append(Mailer.escape(p.link())).append("</a>");
                }
                text.append("\n\n");
                html.append("</p>");
            }
            String signature = m.format(l, "mail.confirmation.signature", links.siteName().in(l));
            text.append(signature).append('\n');
            html.append("<p>").append(Mailer.escape(signature)).append("</p></div>");
        }
        html.append("</body></html>");
        Map<String, String> headers = links.headers();
        if (bilingual) {
            headers.put("Content-Language", "cy, en");
        }
        return new Mailer.Mail(to, parts.get(0).language().code(), String.join(" / ", subjects), text.toString(), html.toString(), headers);
    }
}
