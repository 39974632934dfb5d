package cymru.llais.routing.boundary;

import cymru.llais.shared.Ids;
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

    @Inject
    Areas areas;

    private String email;
    private String name;
    private String password;
    private String role = Role.STAFF.name();
    private String partner;
    private List<String> teamIds = new ArrayList<>();
    private String accountLanguage = "cy";
    private List<String> wardCodes = new ArrayList<>();

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
        Long partnerId = Ids.parse(partner);
        Role r = Role.ADMIN.name().equals(role) ? Role.ADMIN : Role.COUNCILLOR.name().equals(role) ? Role.COUNCILLOR : Role.STAFF;
        Set<String> wards = r == Role.COUNCILLOR
                ? wardCodes.stream().filter(w -> areas.ward(w).isPresent()).collect(Collectors.toSet()) : Set.of();
        Set<Long> chosen = teamIds.stream().map(Ids::parse).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        boolean teamsOfPartner = chosen.stream().allMatch(id -> teams.find(id).map(t -> t.partnerId().equals(partnerId)).orElse(false));
        if (!teamsOfPartner) {
            say(faces, "admin.staff.teamsOfPartner", true);
            return null;
        }
        StaffAccounts.Created created = accounts.create(email, name, password, r, partnerId, chosen,
                Language.fromCode(accountLanguage).orElse(Language.CY), wards);
        password = null;
        if (created.member() == null) {
            say(faces, created.errorKey(), true);
            return null;
        }
        say(faces, "admin.staff.created", false);
        email = null;
        name = null;
        teamIds = new ArrayList<>();
        wardCodes = new ArrayList<>();
        return null;
    }

    /** The ward picker's options for councillors, grouped by local authority (852 wards, some with the same name). */
    public List<jakarta.faces.model.SelectItem> getWardGroups() {
        List<jakarta.faces.model.SelectItem> groups = new ArrayList<>();
        for (Areas.WardGroup g : areas.wardsByAuthority(language.get())) {
            jakarta.faces.model.SelectItem[] wards = g.wards().stream()
                    .map(w -> new jakarta.faces.model.SelectItem(w.code(), w.nameIn(language.get())))
                    .toArray(jakarta.faces.model.SelectItem[]::new);
            groups.add(new jakarta.faces.model.SelectItemGroup(g.authority().name().in(language.get()), null, false, wards));
        }
        return groups;
    }

    public String wardNames(Set<String> codes) {
        return codes == null ? "" : codes.stream().map(areas::ward).flatMap(java.util.Optional::stream)
                .map(w -> w.nameIn(language.get())).sorted().collect(Collectors.joining(", "));
    }

    public List<String> getWardCodes() {
        return wardCodes;
    }

    public void setWardCodes(List<String> wardCodes) {
        this.wardCodes = wardCodes == null ? new ArrayList<>() : wardCodes;
    }

    private void say(FacesContext faces, String key, boolean error) {
        String text = Messages.get().format(language.get(), key);
        faces.addMessage(null, new FacesMessage(error ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, text, text));
        if (error) {
            faces.validationFailed();
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
