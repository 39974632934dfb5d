package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The inbox page: the concerns held by the signed-in member's organisation, overdue ones first. */
@Named
@RequestScoped
public class StaffInbox {

    @Inject
    CurrentStaff current;

    @Inject
    Inbox inbox;

    @Inject
    Teams teams;

    private String view;
    private String team;
    private List<Inbox.Item> items;

    public void load() {
        StaffMember member = current.require();
        Long teamId = null;
        if (team != null && !team.isBlank()) {
            teamId = getTeams().stream().filter(t -> t.code().equals(team.strip())).map(TeamInfo::id).findFirst().orElse(null);
        }
        items = inbox.items(member, new Inbox.Filter("closed".equals(view), "overdue".equals(view), teamId));
    }

    public List<TeamInfo> getTeams() {
        StaffMember member = current.require();
        return member.isAdmin() ? teams.all() : teams.ofPartner(member.partnerId());
    }

    public List<Inbox.Item> getItems() {
        return items;
    }

    public long getOverdueCount() {
        return items.stream().filter(Inbox.Item::overdue).count();
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
