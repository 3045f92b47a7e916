-- What a tender buys and for whom: solution categories and the population segments it addresses.

CREATE TABLE tender_category (
    tender_id  BIGINT      NOT NULL,
    category   VARCHAR(40) NOT NULL,
    PRIMARY KEY (tender_id, category),
    CONSTRAINT fk_tender_category_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tender_population_segment (
    tender_id  BIGINT      NOT NULL,
    segment    VARCHAR(40) NOT NULL,
    PRIMARY KEY (tender_id, segment),
    CONSTRAINT fk_tender_segment_tender FOREIGN KEY (tender_id) REFERENCES tender (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
