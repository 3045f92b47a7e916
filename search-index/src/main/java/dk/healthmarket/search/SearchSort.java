package dk.healthmarket.search;

/** How results are ordered. */
public enum SearchSort {
    RELEVANCE,
    NEWEST,
    DEADLINE,
    MOST_ADOPTED
}
