package dk.healthmarket.solution;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who uses solutions now, for their search documents: the regions where they are in use and by how
 * many organisations. Adoption answers it; it builds on solution, so solution only knows this seam.
 */
public interface SolutionUse {

    /** The regions (codes) where public organisations use the solution now, pilots included, and how many organisations do. */
    record InUse(List<String> regions, long organisations) {

        public static final InUse NONE = new InUse(List.of(), 0);

        public InUse {
            regions = List.copyOf(regions);
        }
    }

    /** The use of each solution that has any; a solution not in the map is used nowhere. */
    Map<Long, InUse> of(Collection<Long> solutionIds);
}
