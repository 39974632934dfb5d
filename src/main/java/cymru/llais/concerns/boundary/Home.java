package cymru.llais.concerns.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The front page: the newest public concerns. */
@Named
@RequestScoped
public class Home {

    private static final int LATEST = 5;

    @Inject
    Concerns concerns;

    private List<ConcernSummary> latest;

    public List<ConcernSummary> getLatest() {
        if (latest == null) {
            latest = concerns.list(null, null, null, 1).items().stream().limit(LATEST).toList();
        }
        return latest;
    }
}
