package dk.healthmarket.search;

/**
 * The kinds of document the search index holds. Core names one of these in every search outbox
 * row, so the indexer knows which document to rebuild from the database.
 */
public enum IndexedType {
    ORGANISATION,
    TENDER,
    SOLUTION
}
