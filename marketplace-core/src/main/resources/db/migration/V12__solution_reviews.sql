-- Reviews by the innovation centre: one per revision taken into review, with a verdict per
-- assessment domain and the decision.

CREATE TABLE solution_review (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    solution_id  BIGINT      NOT NULL,
    revision_id  BIGINT      NOT NULL,
    reviewer_id  BIGINT      NOT NULL,
    started_at   DATETIME(6) NOT NULL,
    decided_at   DATETIME(6) NULL,
    decision     VARCHAR(20) NULL,
    reasons      TEXT        NULL,
    CONSTRAINT fk_review_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
    CONSTRAINT fk_review_revision FOREIGN KEY (revision_id) REFERENCES solution_revision (id),
    CONSTRAINT fk_review_reviewer FOREIGN KEY (reviewer_id) REFERENCES user_account (id),
    CONSTRAINT uq_review_revision UNIQUE (revision_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_review_verdict (
    review_id  BIGINT      NOT NULL,
    domain     VARCHAR(40) NOT NULL,
    verdict    VARCHAR(10) NOT NULL,
    comment    TEXT        NULL,
    PRIMARY KEY (review_id, domain),
    CONSTRAINT fk_verdict_review FOREIGN KEY (review_id) REFERENCES solution_review (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
