-- A solution's reach in each area (a region's code, or DK for Denmark as a whole) over spans of
-- days, from the area's first use of it on: worked out from its adoptions' stage periods
-- (Reach.of) in the same transaction as every adoption change, so the innovation index of a day
-- reads one span per solution and area. The last span of an area ends on 9999-12-31. Filled in
-- on start-up for adoptions that have none (this upgrade, or a bulk load straight into the tables).
-- at_risk: the approved revision serves people at risk (elder care, complex chronic disease,
-- increased risk); worked out again on every approval. in_use_share: how much of the region the use
-- covers, against the region's population when it was worked out; a migration that changes the
-- regions' populations empties this table, and start-up works it out again.
CREATE TABLE solution_reach (
    solution_id       BIGINT      NOT NULL,
    area_code         VARCHAR(10) NOT NULL,
    from_on           DATE        NOT NULL,
    until_on          DATE        NOT NULL,
    company_id        BIGINT      NOT NULL,
    at_risk           BOOLEAN     NOT NULL,
    first_used_on     DATE        NOT NULL,
    days_to_first_use INT         NOT NULL,
    operating         INT         NOT NULL,
    operating_hours   BIGINT      NOT NULL,
    in_use            BOOLEAN     NOT NULL,
    in_use_wide       BOOLEAN     NOT NULL,
    in_use_people     BIGINT      NOT NULL,
    in_use_share      DOUBLE      NOT NULL,
    in_use_hours      BIGINT      NOT NULL,
    regions_in_use    INT         NOT NULL,
    -- kept in area order: the index of a day sums each area's spans without sorting them
    PRIMARY KEY (area_code, until_on, solution_id),
    INDEX ix_reach_solution (solution_id),
    CONSTRAINT fk_reach_solution FOREIGN KEY (solution_id) REFERENCES solution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
