-- Adoption of approved solutions by public organisations, and the innovation index computed from
-- them. The day a solution was first approved is kept, as later approvals do not move it.

ALTER TABLE solution ADD COLUMN first_approved_on DATE NULL;
UPDATE solution s SET first_approved_on = (SELECT DATE(MIN(r.decided_at)) FROM solution_revision r
    WHERE r.solution_id = s.id AND r.status = 'APPROVED');

-- One adoption per solution and organisation. The region is the organisation's, kept here so the
-- index aggregates without joining organisations; NULL for a national organisation.
CREATE TABLE adoption (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    solution_id          BIGINT       NOT NULL,
    organisation_id      BIGINT       NOT NULL,
    region_code          VARCHAR(10)  NULL,
    region_wide          BOOLEAN      NOT NULL,
    stage                VARCHAR(20)  NOT NULL,
    population_covered   INT          NULL,
    enrolled             INT          NULL,
    hours_saved_per_year INT          NULL,
    source               VARCHAR(20)  NOT NULL,
    tender_id            BIGINT       NULL,
    verified_by          VARCHAR(200) NULL,
    verified_at          DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_adoption_solution FOREIGN KEY (solution_id) REFERENCES solution (id),
    CONSTRAINT fk_adoption_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_adoption_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT uq_adoption UNIQUE (solution_id, organisation_id),
    INDEX ix_adoption_tender (tender_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every stage an adoption has been in, from the day it entered to the day it left (NULL: still in
-- it), so the stage on any day is a range lookup.
CREATE TABLE adoption_stage (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    adoption_id BIGINT        NOT NULL,
    stage       VARCHAR(20)   NOT NULL,
    entered_on  DATE          NOT NULL,
    left_on     DATE          NULL,
    reason      VARCHAR(2000) NULL,
    changed_by  VARCHAR(200)  NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_stage_adoption FOREIGN KEY (adoption_id) REFERENCES adoption (id),
    INDEX ix_stage_adoption (adoption_id, entered_on),
    INDEX ix_stage_period (stage, entered_on, left_on, adoption_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published quarter of the index: frozen as computed when it was published.
CREATE TABLE index_snapshot (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period       VARCHAR(7)   NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(200) NOT NULL,
    content      MEDIUMTEXT   NOT NULL,
    CONSTRAINT uq_snapshot_period UNIQUE (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
