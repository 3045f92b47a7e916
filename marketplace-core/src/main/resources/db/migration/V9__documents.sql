-- Uploaded documents. The bytes are kept outside the database under their SHA-256; a row says
-- what they are and who uploaded them. Tenders and bids link the documents that belong to them.

CREATE TABLE document (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name       VARCHAR(200) NOT NULL,
    type            VARCHAR(20)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    uploaded_by_id  BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    CONSTRAINT fk_document_uploader FOREIGN KEY (uploaded_by_id) REFERENCES user_account (id),
    CONSTRAINT fk_document_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tender_document (
    tender_id    BIGINT NOT NULL,
    document_id  BIGINT NOT NULL,
    position     INT    NOT NULL,
    PRIMARY KEY (tender_id, document_id),
    CONSTRAINT fk_tender_document_tender FOREIGN KEY (tender_id) REFERENCES tender (id),
    CONSTRAINT fk_tender_document_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bid_document (
    bid_id       BIGINT NOT NULL,
    document_id  BIGINT NOT NULL,
    PRIMARY KEY (bid_id, document_id),
    CONSTRAINT fk_bid_document_bid FOREIGN KEY (bid_id) REFERENCES bid (id),
    CONSTRAINT fk_bid_document_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
