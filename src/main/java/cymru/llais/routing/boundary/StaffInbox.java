package cymru.llais.routing.boundary;

import cymru.llais.accounts.boundary.CurrentStaff;
import cymru.llais.accounts.boundary.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The inbox page: the concerns held by the signed-in member's organisation, overdue ones first. Besides its own view
 * and team, it takes the insight dashboard's filters (from and to as days in UTC, inclusive; authority, ward,
 * category, partner), so that a figure there links to the items behind it here; a malformed one is named and ignored.
 */
@Named
@RequestScoped
public class StaffInbox {

    @Inject
    CurrentStaff current;

    @Inject
    Inbox inbox;

    @Inject
    Teams teams;

    private static final Pattern WARD = Pattern.compile("W05\\d{6}");
    private static final Pattern AUTHORITY = Pattern.compile("W06\\d{6}");
    private static final Pattern CATEGORY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern ID = Pattern.compile("\\d{1,12}");

    private String view;
    private String team;
    private String from;
    private String to;
    private String authority;
    private String ward;
    private String category;
    private String partner;
    private boolean badFilter;
    private List<Inbox.Item> items;

    public void load() {
        StaffMember member = current.require();
        Long teamId = null;
        if (team != null && !team.isBlank()) {
            teamId = getTeams().stream().filter(t -> t.code().equals(team.strip())).map(TeamInfo::id).findFirst().orElse(null);
        }
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        from = fromDay == null ? null : fromDay.toString();
        to = toDay == null ? null : toDay.toString();
        authority = matching(authority, AUTHORITY);
        ward = matching(ward, WARD);
        category = matching(category, CATEGORY);
        partner = matching(partner, ID);
        items = inbox.items(member, new Inbox.Filter("closed".equals(view), "overdue".equals(view), teamId, "all".equals(view),
                fromDay == null ? null : fromDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                authority, ward, category, partner == null ? null : Long.valueOf(partner)));
    }

    /** The dashboard's filters in force, as query parameters starting with '&', for the view tabs and the team form. */
    public String getFilterQuery() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from);
        p.put("to", to);
        p.put("authority", authority);
        p.put("ward", ward);
        p.put("category", category);
        p.put("partner", partner);
        StringBuilder q = new StringBuilder();
        p.forEach((k, v) -> {
            if (v != null) {
                q.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    public List<Map.Entry<String, String>> getFilters() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String[] f : new String[][] {{"from", from}, {"to", to}, {"authority", authority}, {"ward", ward},
                {"category", category}, {"partner", partner}}) {
            if (f[1] != null) {
                out.add(Map.entry(f[0], f[1]));
            }
        }
        return out;
    }

    public boolean isBadFilter() {
        return badFilter;
    }

    private LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            badFilter = true;
            return null;
        }
    }

    private String matching(String value, Pattern pattern) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value.strip()).matches()) {
            badFilter = true;
            return null;
        }
        return value.strip();
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

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
