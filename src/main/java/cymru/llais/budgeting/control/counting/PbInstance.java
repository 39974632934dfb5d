package cymru.llais.budgeting.control.counting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The content of a pabulib {@code .pb} file: META key/values, projects and ballots, all in file order. */
public record PbInstance(Map<String, String> meta, List<PbProject> projects, List<PbBallot> ballots) {

    public PbInstance {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
    }

    public BigDecimal budget() {
        return new BigDecimal(meta.get("budget").trim());
    }

    public VoteType voteType() {
        String type = meta.get("vote_type");
        return type == null ? VoteType.APPROVAL : VoteType.fromPabulib(type).orElse(VoteType.APPROVAL);
    }

    /** The META {@code rule}, if the file names one. */
    public Optional<String> rule() {
        String rule = meta.get("rule");
        return rule == null || rule.isBlank() ? Optional.empty() : Optional.of(rule.trim());
    }
}
