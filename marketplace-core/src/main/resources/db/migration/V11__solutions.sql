-- Documented health solutions. A solution belongs to a company; its content lives in numbered
-- revisions, each frozen once submitted. The approved revision is the public one; the working
-- revision is the one the company edits or the centre reviews. The documentation is kept as the
-- JSON of its sections; what the catalogue filters on is kept in columns of its own.

CREATE TABLE solution (
    id                    BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT      NOT NULL DEFAULT 0,
    company_id            BIGINT      NOT NULL,
    created_at            DATETIME(6) NOT NULL,
    changed_at            DATETIME(6) NOT NULL,
    CONSTRAINT fk_solution_company FOREIGN KEY (company_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_revision (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    solution_id         BIGINT       NOT NULL,
    number              INT          NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    summary             VARCHAR(500) NOT NULL,
    description         MEDIUMTEXT   NOT NULL,
    price_model         TEXT         NULL,
    contact             VARCHAR(500) NULL,
    customer_references TEXT         NULL,
    mdr_class           VARCHAR(20)  NULL,
    evidence_level      VARCHAR(10)  NULL,
    documentation       MEDIUMTEXT   NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    submitted_at        DATETIME(6)  NULL,
    decided_at          DATETIME(6)  NULL,
    CONSTRAINT fk_revision_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
    CONSTRAINT uq_revision_number UNIQUE (solution_id, number),
    INDEX ix_revision_status (status, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE solution_revision_language (revision_id BIGINT NOT NULL, language VARCHAR(2) NOT NULL,
    PRIMARY KEY (revision_id, language), CONSTRAINT fk_rev_language FOREIGN KEY (revision_id) REFERENCES solution_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE solution_revision_category (revision_id BIGINT NOT NULL, category VARCHAR(40) NOT NULL,
    PRIMARY KEY (revision_id, category), CONSTRAINT fk_rev_category FOREIGN KEY (revision_id) REFERENCES solution_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE solution_revision_condition (revision_id BIGINT NOT NULL, health_condition VARCHAR(40) NOT NULL,
    PRIMARY KEY (revision_id, health_condition), CONSTRAINT fk_rev_condition FOREIGN KEY (revision_id) REFERENCES solution_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE solution_revision_segment (revision_id BIGINT NOT NULL, segment VARCHAR(40) NOT NULL,
    PRIMARY KEY (revision_id, segment), CONSTRAINT fk_rev_segment FOREIGN KEY (revision_id) REFERENCES solution_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE solution_revision_setting (revision_id BIGINT NOT NULL, care_setting VARCHAR(40) NOT NULL,
    PRIMARY KEY (revision_id, care_setting), CONSTRAINT fk_rev_setting FOREIGN KEY (revision_id) REFERENCES solution_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE solution
    ADD COLUMN working_revision_id  BIGINT NULL,
    ADD COLUMN approved_revision_id BIGINT NULL,
    ADD CONSTRAINT fk_solution_working FOREIGN KEY (working_revision_id) REFERENCES solution_revision (id),
    ADD CONSTRAINT fk_solution_approved FOREIGN KEY (approved_revision_id) REFERENCES solution_revision (id);
