package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.StaffAccounts;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.StaffConcern;
import cymru.llais.i18n.Messages;
import cymru.llais.platform.Mailer;
import cymru.llais.platform.PortalSettings;
import cymru.llais.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells a team by e-mail, in the team's language, that a concern has come to it (new, or referred by
 * another partner), and tells a team lead when one is overdue. A sensitive concern's e-mail names no
 * details: staff sign in to read it.
 */
@ApplicationScoped
public class TeamNotifier {

    private static final Logger LOG = Logger.getLogger(TeamNotifier.class.getName());

    enum Kind { NEW, REFERRED, OVERDUE }

    @Inject
    Mailer mailer;

    @Inject
    Concerns concerns;

    @Inject
    Routing routing;

    @Inject
    StaffAccounts staff;

    @Inject
    PortalSettings settings;

    public void newConcern(Long concernId) {
        later(concernId, Kind.NEW);
    }

    public void referred(Long concernId) {
        later(concernId, Kind.REFERRED);
    }

    public void overdue(Long concernId) {
        later(concernId, Kind.OVERDUE);
    }

    private void later(Long concernId, Kind kind) {
        try {
            Optional<Routing.Handover> handover = routing.handover(concernId);
            String event = "team:" + kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + concernId + ":"
                    + handover.map(h -> h.teamId() + ":" + (kind == Kind.OVERDUE ? h.acknowledgeBy() : h.assignedAt()).toEpochMilli())
                    .orElse("-");
            compose(concernId, kind).ifPresent(mail -> mailer.sendOnce(mail, event));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Llais: team e-mail for concern " + concernId + " not composed", e);
        }
    }

    Optional<Mailer.Mail> compose(Long concernId, Kind kind) {
        Optional<TeamInfo> team = routing.holder(concernId);
        Optional<StaffConcern> concern = concerns.forStaff(concernId);
        if (team.isEmpty() || concern.isEmpty()) {
            return Optional.empty();
        }
        TeamInfo t = team.get();
        StaffConcern c = concern.get();
        String to = t.email();
        Language language = t.language();
        if (kind == Kind.OVERDUE && t.leadId() != null) {
            Optional<StaffMember> lead = staff.find(t.leadId());
            if (lead.isPresent()) {
                to = lead.get().email();
                language = lead.get().language();
            }
        }
        Messages m = Messages.get();
        String key = "routing.mail." + kind.name().toLowerCase(java.util.Locale.ROOT);
        String link = settings.getBaseUrl() + "/staff/concern.xhtml?id=" + c.id() + "&lang=" + language.code();
        String subject = m.format(language, key + ".subject", c.reference(), t.name().in(language));
        String body = c.sensitive()
                ? m.format(language, key + ".sensitive", c.reference(), t.name().in(language))
                : m.format(language, key + ".body", c.reference(), t.name().in(language), c.categoryName().in(language),
                        c.ward().nameIn(language));
        String signIn = m.format(language, "routing.mail.signIn");
        String text = body + "\n\n" + signIn + "\n" + link + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + language.code() + "\"><body><p>" + Mailer.escape(body) + "</p><p>"
                + Mailer.escape(signIn) + "<br><a href=\"" + Mailer.escape(link) + "\">" + Mailer.escape(link) + "</a></p></body></html>";
        return Optional.of(new Mailer.Mail(to, language.code(), subject, text, html));
    }
}
