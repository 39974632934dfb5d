package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.StaffAccounts;
import cymru.llais.accounts.boundary.StaffMember;
import cymru.llais.accounts.entity.Role;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.i18n.Messages;
import cymru.llais.routing.entity.Partner;
import cymru.llais.shared.Language;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrator's staff accounts page: every account with its partner and teams, and a form
 * to create one. (It lives with routing because an account's teams are routing's.)
 */
@Named
@ViewScoped
public class AdminStaff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAccounts accounts;

    @Inject
    Partners partners;

    @Inject
    Teams teams;

    @Inject
    CurrentLanguage language;

    private String email;
    private String name;
    private String password;
    private String role = Role.STAFF.name();
    private String partner;
    private List<String> teamIds = new ArrayList<>();
    private String accountLanguage = "cy";

    public List<StaffMember> getAccounts() {
        return accounts.all();
    }

    public List<Partner> getPartners() {
        return partners.all();
    }

    public List<TeamInfo> getTeams() {
        return teams.all();
    }

    public String partnerName(Long id) {
        return partners.all().stream().filter(p -> p.getId().equals(id)).findFirst()
                .map(p -> p.getName().in(language.get())).orElse("");
    }

    public String teamNames(Set<Long> ids) {
        Map<Long, TeamInfo> byId = teams.all().stream().collect(Collectors.toMap(TeamInfo::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(t -> t.name().in(language.get()))
                .sorted().collect(Collectors.joining(", "));
    }

    public String create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Long partnerId = parse(partner);
        Role r = Role.ADMIN.name().equals(role) ? Role.ADMIN : Role.STAFF;
        Set<Long> chosen = teamIds.stream().map(AdminStaff::parse).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        boolean teamsOfPartner = chosen.stream().allMatch(id -> teams.find(id).map(t -> t.partnerId().equals(partnerId)).orElse(false));
        if (!teamsOfPartner) {
            say(faces, "admin.staff.teamsOfPartner", true);
            return null;
        }
        StaffAccounts.Created created = accounts.create(email, name, password, r, partnerId, chosen,
                Language.fromCode(accountLanguage).orElse(Language.CY));
        password = null;
        if (created.member() == null) {
            say(faces, created.errorKey(), true);
            return null;
        }
        say(faces, "admin.staff.created", false);
        email = null;
        name = null;
        teamIds = new ArrayList<>();
        return null;
    }

    private void say(FacesContext faces, String key, boolean error) {
        String text = Messages.get().format(language.get(), key);
        faces.addMessage(null, new FacesMessage(error ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text, text));
        if (error) {
            faces.validationFailed();
        }
    }

    private static Long parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public List<String> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<String> teamIds) {
        this.teamIds = teamIds == null ? new ArrayList<>() : teamIds;
    }

    public String getAccountLanguage() {
        return accountLanguage;
    }

    public void setAccountLanguage(String accountLanguage) {
        this.accountLanguage = accountLanguage;
    }
}
