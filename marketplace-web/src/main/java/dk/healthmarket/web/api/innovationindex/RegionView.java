package dk.healthmarket.web.api.innovationindex;

import dk.healthmarket.innovationindex.AreaScore;
import java.util.List;

/** A region's index for a quarter, its rank among the five and the range of ranks the sensitivity scenarios give it, and its trend. */
public record RegionView(String period, boolean published, AreaScore score, int rank, int bestRank, int worstRank, List<Point> trend) {

    public record Point(String period, boolean published, double index) {
    }
}
