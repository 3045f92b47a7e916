-- Evaluation and award. The lead buyer's scores and exclusions belong to the bids that count;
-- an award is one row per lot and decision, so a reversed award stays on record with its reason.

CREATE TABLE bid_score (
    bid_id     BIGINT       NOT NULL,
    criterion  VARCHAR(100) NOT NULL,
    score      INT          NOT NULL,
    PRIMARY KEY (bid_id, criterion),
    CONSTRAINT fk_bid_score_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE bid ADD COLUMN excluded_reason TEXT NULL;

ALTER TABLE tender
    ADD COLUMN awarded_at        DATETIME(6) NULL AFTER opened_at,
    ADD COLUMN standstill_ends_at DATETIME(6) NULL AFTER awarded_at,
    ADD COLUMN concluded_at      DATETIME(6) NULL AFTER standstill_ends_at;

CREATE TABLE tender_award (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id        BIGINT      NOT NULL,
    lot_number       INT         NOT NULL,
    bid_id           BIGINT      NULL,
    reason           TEXT        NOT NULL,
    awarded_at       DATETIME(6) NOT NULL,
    reversed_at      DATETIME(6) NULL,
    reversal_reason  TEXT        NULL,
    CONSTRAINT fk_award_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_award_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    INDEX ix_award_tender (tender_id, lot_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
