package cymru.llais.concerns.boundary;

import cymru.llais.concerns.entity.ConcernStatus;
import cymru.llais.i18n.CurrentLanguage;
import cymru.llais.routing.boundary.Areas;
import cymru.llais.routing.boundary.WardInfo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/** The public list and map of concerns, filtered by ward, category and status, newest first. */
@Named("browse")
@RequestScoped
public class BrowseConcerns {

    @Inject
    Concerns concerns;

    @Inject
    Areas areas;

    @Inject
    CurrentLanguage language;

    private String ward;
    private String category;
    private String status;
    private String page;

    private WardInfo selectedWard;
    private String selectedCategory;
    private ConcernStatus selectedStatus;
    private final List<String> notices = new ArrayList<>();
    private ConcernPage result;
    private long sensitiveCount;

    public void load() {
        if (ward != null && !ward.isBlank()) {
            selectedWard = areas.ward(ward.strip()).orElse(null);
            if (selectedWard == null) {
                notices.add("concerns.list.unknownWard");
            }
        }
        if (category != null && !category.isBlank()) {
            String c = category.strip();
            if (concerns.categories().stream().anyMatch(x -> x.code().equals(c) && !x.sensitive())) {
                selectedCategory = c;
            } else {
                notices.add("concerns.list.unknownCategory");
            }
        }
        if (status != null && !status.isBlank()) {
            selectedStatus = Arrays.stream(ConcernStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst().orElse(null);
            if (selectedStatus == null) {
                notices.add("concerns.list.unknownStatus");
            }
        }
        int p = 1;
        if (page != null && !page.isBlank()) {
            try {
                p = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                notices.add("concerns.list.badPage");
            }
        }
        result = concerns.list(selectedWard == null ? null : selectedWard.code(), selectedCategory, selectedStatus, p);
        if (selectedWard != null) {
            sensitiveCount = concerns.sensitiveCount(selectedWard.code());
        }
    }

    public List<CategoryView> getPublicCategories() {
        return concerns.categories().stream().filter(c -> !c.sensitive()).toList();
    }

    /** The ward filter's options, grouped by local authority. */
    public List<Areas.WardGroup> getWardGroups() {
        return areas.wardsByAuthority(language.get());
    }

    public List<ConcernStatus> getStatuses() {
        return List.of(ConcernStatus.values());
    }

    /** The link to another page of the same list. */
    public String pageLink(int target) {
        StringJoiner q = new StringJoiner("&");
        if (selectedWard != null) {
            q.add("ward=" + selectedWard.code());
        }
        if (selectedCategory != null) {
            q.add("category=" + selectedCategory);
        }
        if (selectedStatus != null) {
            q.add("status=" + selectedStatus.name().toLowerCase(Locale.ROOT));
        }
        q.add("page=" + target);
        return "?" + q;
    }

    /** The pins of this page, for the map: reference, position, category name. No free text. */
    public String getMapData() {
        JsonArrayBuilder pins = Json.createArrayBuilder();
        for (ConcernSummary s : result.items()) {
            if (s.latitude() != null && s.longitude() != null) {
                pins.add(Json.createObjectBuilder()
                        .add("ref", s.reference())
                        .add("lat", s.latitude())
                        .add("lon", s.longitude())
                        .add("category", s.categoryName().in(language.get())));
            }
        }
        return pins.build().toString();
    }

    public boolean isWardSelected(String code) {
        return selectedWard != null && selectedWard.code().equals(code);
    }

    public boolean isCategorySelected(String code) {
        return code.equals(selectedCategory);
    }

    public boolean isStatusSelected(ConcernStatus s) {
        return s == selectedStatus;
    }

    public Optional<WardInfo> selectedWard() {
        return Optional.ofNullable(selectedWard);
    }

    public WardInfo getSelectedWard() {
        return selectedWard;
    }

    public ConcernPage getResult() {
        return result;
    }

    public long getSensitiveCount() {
        return sensitiveCount;
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
