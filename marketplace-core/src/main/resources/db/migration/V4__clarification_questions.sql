-- Clarification questions on a tender. The asker is kept for the record and for the asker's own
-- view; it is never published.

CREATE TABLE clarification_question (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    tender_id    BIGINT      NOT NULL,
    asked_by_id  BIGINT      NOT NULL,
    question     TEXT        NOT NULL,
    asked_at     DATETIME(6) NOT NULL,
    answer       TEXT        NULL,
    answered_at  DATETIME(6) NULL,
    CONSTRAINT fk_question_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_question_asker FOREIGN KEY (asked_by_id) REFERENCES user_account (id),
    INDEX ix_question_tender (tender_id, asked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
