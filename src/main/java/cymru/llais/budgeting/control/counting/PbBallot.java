package cymru.llais.budgeting.control.counting;

import java.math.BigInteger;
import java.util.List;

/**
 * One voter's ballot: the project ids in the order written (the ranking for ordinal ballots) and, for
 * cumulative ballots, the points given to each, in the same order ({@code points} is empty otherwise).
 * {@code voterId} is whatever the file says; an export replaces it by a sequence number.
 */
public record PbBallot(String voterId, List<String> projectIds, List<BigInteger> points) {

    public PbBallot {
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        if (!points.isEmpty() && points.size() != projectIds.size()) {
            throw new IllegalArgumentException("points and projects differ in number");
        }
    }
}
