package dk.healthmarket.tender;

/** An award was reversed during the standstill period: whatever observers did on {@link TenderAwarded} is to be undone. */
public record TenderAwardReversed(long tenderId, String reason) {
}
