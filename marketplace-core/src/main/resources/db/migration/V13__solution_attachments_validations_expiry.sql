-- Documents per assessment domain of a revision; reviewers' validations of a domain's claims,
-- named by the fingerprint of the content they checked; and the day a revision's first
-- certificate expires, so approved solutions due for review again are found by a query; and the
-- company's answer to the last review.

ALTER TABLE solution_revision ADD COLUMN certificates_expire_on DATE NULL,
    ADD COLUMN review_response TEXT NULL,
    ADD INDEX ix_revision_expiry (certificates_expire_on);

CREATE TABLE solution_attachment (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_id  BIGINT      NOT NULL,
    domain       VARCHAR(40) NOT NULL,
    document_id  BIGINT      NOT NULL,
    CONSTRAINT fk_attachment_revision FOREIGN KEY (revision_id) REFERENCES solution_revision (id),
    CONSTRAINT fk_attachment_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_claim_validation (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    solution_id      BIGINT      NOT NULL,
    domain           VARCHAR(40) NOT NULL,
    fingerprint      CHAR(64)    NOT NULL,
    revision_number  INT         NOT NULL,
    validated_by_id  BIGINT      NOT NULL,
    validated_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_validation_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
    CONSTRAINT fk_validation_reviewer FOREIGN KEY (validated_by_id) REFERENCES user_account (id),
    INDEX ix_validation_solution (solution_id, domain)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
