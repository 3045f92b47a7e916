-- Sealed bids. Every submission is a row of its own: replacing a bid marks the earlier one
-- REPLACED and adds the new one, so nothing a supplier submitted is ever overwritten. The content
-- is the canonical JSON the receipt's SHA-256 covers, stored exactly as hashed.

CREATE TABLE bid (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT      NOT NULL DEFAULT 0,
    tender_id       BIGINT      NOT NULL,
    supplier_id     BIGINT      NOT NULL,
    submitted_by_id BIGINT      NOT NULL,
    status          VARCHAR(16) NOT NULL,
    content         MEDIUMTEXT  NOT NULL,
    sha256          CHAR(64)    NOT NULL,
    received_at     DATETIME(6) NOT NULL,
    replaces_id     BIGINT      NULL,
    withdrawn_at    DATETIME(6) NULL,
    -- one bid that counts per supplier and tender; the database refuses a second even under a race
    counting_supplier_id BIGINT AS (CASE WHEN status = 'SUBMITTED' THEN supplier_id END) PERSISTENT,
    CONSTRAINT fk_bid_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_bid_supplier FOREIGN KEY (supplier_id) REFERENCES organisation (id),
    CONSTRAINT fk_bid_account FOREIGN KEY (submitted_by_id) REFERENCES user_account (id),
    CONSTRAINT fk_bid_replaces FOREIGN KEY (replaces_id) REFERENCES bid (id),
    CONSTRAINT uq_bid_counting UNIQUE (tender_id, counting_supplier_id),
    INDEX ix_bid_tender_status (tender_id, status),
    INDEX ix_bid_supplier (supplier_id, tender_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- when the lead buyer opened the bids, after the tender closed
ALTER TABLE tender ADD COLUMN opened_at DATETIME(6) NULL AFTER closed_at;
