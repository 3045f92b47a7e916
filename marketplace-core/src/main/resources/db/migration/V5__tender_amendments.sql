-- Amendments (corrigenda) of published tenders: numbered from 1 per tender, dated, with the
-- buyer's public summary of what changed.

CREATE TABLE tender_amendment (
    tender_id  BIGINT        NOT NULL,
    number     INT           NOT NULL,
    summary    VARCHAR(4000) NOT NULL,
    made_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (tender_id, number),
    CONSTRAINT fk_tender_amendment_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
