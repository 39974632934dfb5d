package cymru.llais.outcomes.boundary;

import cymru.llais.concerns.boundary.CategoryView;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import cymru.llais.outcomes.control.SearchTerms;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The public "You said, we did" board, filtered by ward, category, partner and period, and searched by words in
 * the English and Welsh texts, through GET parameters (so a search can be bookmarked).
 */
@Named("outcomeBoard")
@RequestScoped
public class OutcomeBoard {

    @Inject
    Outcomes outcomes;

    @Inject
    CurrentLanguage language;

    private String ward;
    private String category;
    private String partner;
    private String period;
    private String page;
    private String search;

    private WardInfo selectedWard;
    private String selectedCategory;
    private Long selectedPartner;
    private Outcomes.Period selectedPeriod;
    private SearchTerms terms = SearchTerms.NONE;
    private String searchText = "";
    private final List<String> notices = new ArrayList<>();
    private Outcomes.Board result;

    public void load() {
        if (ward != null && !ward.isBlank()) {
            selectedWard = outcomes.ward(ward).orElse(null);
            if (selectedWard == null) {
                notices.add("outcomes.board.unknownWard");
            }
        }
        if (category != null && !category.isBlank()) {
            String c = category.strip();
            if (outcomes.publicCategories().stream().anyMatch(x -> x.code().equals(c))) {
                selectedCategory = c;
            } else {
                notices.add("outcomes.board.unknownCategory");
            }
        }
        if (partner != null && !partner.isBlank()) {
            selectedPartner = outcomes.partnerOptions().stream().filter(p -> String.valueOf(p.id()).equals(partner.strip()))
                    .map(Outcomes.PartnerOption::id).findFirst().orElse(null);
            if (selectedPartner == null) {
                notices.add("outcomes.board.unknownPartner");
            }
        }
        if (period != null && !period.isBlank()) {
            selectedPeriod = Outcomes.Period.parse(period).orElse(null);
            if (selectedPeriod == null) {
                notices.add("outcomes.board.unknownPeriod");
            }
        }
        String typed = searchFromQuery();
        terms = SearchTerms.parse(typed);
        searchText = terms.isEmpty() ? "" : terms.problem() == null ? typed.strip() : terms.text();
        if (terms.problem() != null) {
            notices.add(terms.problem().key());
        }
        int p = 1;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                notices.add("outcomes.board.badPage");
            }
        }
        result = outcomes.board(new Outcomes.Filter(selectedWard == null ? null : selectedWard.code(), selectedCategory,
                selectedPartner, selectedPeriod, terms), p);
    }

    /**
     * The search as the link's query string has it, read as UTF-8: the container decodes a GET query string as
     * ISO-8859-1 unless told otherwise, which would turn "tŷ" into "tÅ·".
     */
    private String searchFromQuery() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = request instanceof HttpServletRequest r ? r.getQueryString() : null;
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("search=")) {
                    try {
                        return URLDecoder.decode(pair.substring("search=".length()), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        return search;
                    }
                }
            }
        }
        return search;
    }

    public String pageLink(int target) {
        StringJoiner q = new StringJoiner("&");
        if (selectedWard != null) {
            q.add("ward=" + selectedWard.code());
        }
        if (selectedCategory != null) {
            q.add("category=" + selectedCategory);
        }
        if (selectedPartner != null) {
            q.add("partner=" + selectedPartner);
        }
        if (selectedPeriod != null) {
            q.add("period=" + selectedPeriod.code());
        }
        if (!terms.isEmpty()) {
            q.add("search=" + URLEncoder.encode(terms.text(), StandardCharsets.UTF_8));
        }
        q.add("page=" + target);
        return "?" + q;
    }

    public List<Areas.WardGroup> getWardGroups() {
        return outcomes.wardGroups(language.get());
    }

    public List<CategoryView> getCategories() {
        return outcomes.publicCategories();
    }

    public List<Outcomes.PartnerOption> getPartners() {
        return outcomes.partnerOptions();
    }

    public Outcomes.Period[] getPeriods() {
        return Outcomes.Period.values();
    }

    public boolean isWardSelected(String code) {
        return selectedWard != null && selectedWard.code().equals(code);
    }

    public boolean isCategorySelected(String code) {
        return code.equals(selectedCategory);
    }

    public boolean isPartnerSelected(Long id) {
        return id.equals(selectedPartner);
    }

    public boolean isPeriodSelected(Outcomes.Period p) {
        return p == selectedPeriod;
    }

    /** The search as it was typed, for the search box (a search that was not used is not shown again). */
    public String getSearchText() {
        return searchText;
    }

    public boolean isSearching() {
        return !terms.isEmpty();
    }

    public WardInfo getSelectedWard() {
        return selectedWard;
    }

    public Outcomes.Board getResult() {
        return result;
    }

    public List<String> getNotices() {
        return notices;
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

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
