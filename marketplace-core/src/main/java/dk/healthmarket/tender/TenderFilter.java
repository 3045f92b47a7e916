package dk.healthmarket.tender;

/** Which tenders to list; null fields match all. */
public record TenderFilter(TenderStatus status, Procedure procedure, String regionCode, String cpvDivision) {
}
