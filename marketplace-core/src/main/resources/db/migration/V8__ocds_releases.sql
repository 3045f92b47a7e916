-- Open data: every public change to a tender is an OCDS release, written once and never edited.

CREATE TABLE ocds_release (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tender_id    BIGINT       NOT NULL,
    release_id   VARCHAR(100) NOT NULL,
    tag          VARCHAR(40)  NOT NULL,
    released_at  DATETIME(6)  NOT NULL,
    json         MEDIUMTEXT   NOT NULL,
    CONSTRAINT uq_ocds_release_id UNIQUE (release_id),
    CONSTRAINT fk_ocds_release_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    INDEX ix_ocds_release_tender (tender_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
