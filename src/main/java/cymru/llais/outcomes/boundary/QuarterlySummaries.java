package cymru.llais.outcomes.boundary;

import cymru.llais.concerns.boundary.CategoryView;
import cymru.llais.concerns.boundary.Concerns;
import cymru.llais.concerns.boundary.WardCounts;
import cymru.llais.outcomes.entity.OutcomeKind;
import cymru.llais.outcomes.entity.Quarter;
import cymru.llais.routing.boundary.WardInfo;
import cymru.llais.shared.BilingualText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The quarterly "you said, we did" summary of a ward, for its page and its PDF: the concerns received (by category;
 * sensitive ones only as a number), the outcomes published (by kind) and the concerns closed that quarter, by
 * dates in Wales, and that quarter's outcomes.
 */
@ApplicationScoped
public class QuarterlySummaries {

    /** The most outcomes one summary lists (a ward's quarter has far fewer). */
    public static final int MAX_OUTCOMES = 200;
    /** How many quarters the picker offers, the current one first. */
    public static final int PICKER_QUARTERS = 12;

    @Inject
    Outcomes outcomes;

    @Inject
    Concerns concerns;

    @Inject
    Clock clock;

    public record CategoryCount(String code, BilingualText name, long count) {
    }

    public record KindCount(OutcomeKind kind, long count) {
    }

    public record Summary(WardInfo ward, Quarter quarter, List<CategoryCount> received, long sensitiveReceived,
                          long receivedTotal, long closed, List<KindCount> published, long publishedTotal,
                          List<Outcomes.PublicOutcome> outcomes) {
    }

    /** The summary of a known ward's quarter; empty when the ward is unknown. */
    public Optional<Summary> of(String wardCode, Quarter quarter) {
        Optional<WardInfo> ward = outcomes.ward(wardCode);
        if (ward.isEmpty()) {
            return Optional.empty();
        }
        String code = ward.get().code();
        WardCounts counts = concerns.countsInWard(code, quarter.start(), quarter.end());
        List<CategoryCount> received = new ArrayList<>();
        for (CategoryView c : concerns.publicCategories()) {
            long n = counts.receivedByCategory().getOrDefault(c.code(), 0L);
            if (n > 0) {
                received.add(new CategoryCount(c.code(), c.name(), n));
            }
        }
        // a category withdrawn since still counts, under its code
        counts.receivedByCategory().forEach((categoryCode, n) -> {
            if (received.stream().noneMatch(r -> r.code().equals(categoryCode))) {
                received.add(new CategoryCount(categoryCode, new BilingualText(categoryCode, categoryCode), n));
            }
        });
        List<Outcomes.PublicOutcome> list = outcomes.ofWardBetween(code, quarter.start(), quarter.end(), MAX_OUTCOMES);
        List<KindCount> kinds = Arrays.stream(OutcomeKind.values())
                .map(k -> new KindCount(k, list.stream().filter(o -> o.kind() == k).count())).toList();
        return Optional.of(new Summary(ward.get(), quarter, List.copyOf(received), counts.sensitiveReceived(),
                counts.received(), counts.closed(), kinds, list.size(), list));
    }

    /** The quarter it is now in Wales. */
    public Quarter current() {
        return Quarter.of(clock.instant());
    }

    /** The quarters the picker offers: the current one and those before it, newest first. */
    public List<Quarter> pickable() {
        return current().andBefore(PICKER_QUARTERS);
    }
}
