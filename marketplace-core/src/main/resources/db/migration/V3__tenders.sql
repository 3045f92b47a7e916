-- Joint tenders: the tender with its lead buyer, participating buyers, CPV codes, lots and
-- award criteria. "procedure" is a reserved word in MariaDB, hence procedure_type. Descriptions
-- are MEDIUMTEXT: 20,000 characters of utf8mb4 can exceed TEXT's 65,535 bytes.

CREATE TABLE tender (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT        NOT NULL DEFAULT 0,
    title                   VARCHAR(300)  NOT NULL,
    description             MEDIUMTEXT    NOT NULL,
    lead_buyer_id           BIGINT        NOT NULL,
    procedure_type          VARCHAR(40)   NOT NULL,
    estimated_value         DECIMAL(15,2) NULL,
    status                  VARCHAR(20)   NOT NULL,
    clarification_deadline  DATETIME(6)   NULL,
    submission_deadline     DATETIME(6)   NULL,
    expected_award_date     DATETIME(6)   NULL,
    cancellation_reason     VARCHAR(2000) NULL,
    created_at              DATETIME(6)   NOT NULL,
    published_at            DATETIME(6)   NULL,
    closed_at               DATETIME(6)   NULL,
    CONSTRAINT fk_tender_lead_buyer FOREIGN KEY (lead_buyer_id) REFERENCES organisation (id),
    INDEX ix_tender_due (status, submission_deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tender_participant (
    tender_id        BIGINT       NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    share_percent    DECIMAL(5,2) NULL,
    PRIMARY KEY (tender_id, organisation_id),
    CONSTRAINT fk_tender_participant_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE,
    CONSTRAINT fk_tender_participant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tender_cpv (
    tender_id  BIGINT  NOT NULL,
    code       CHAR(8) NOT NULL,
    main       BOOLEAN NOT NULL,
    PRIMARY KEY (tender_id, code),
    CONSTRAINT fk_tender_cpv_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tender_lot (
    tender_id        BIGINT        NOT NULL,
    lot_number       INT           NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    description      MEDIUMTEXT    NULL,
    estimated_value  DECIMAL(15,2) NULL,
    PRIMARY KEY (tender_id, lot_number),
    CONSTRAINT fk_tender_lot_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tender_criterion (
    tender_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    weight     INT          NOT NULL,
    PRIMARY KEY (tender_id, position),
    CONSTRAINT fk_tender_criterion_tender FOREIGN KEY (tender_id) REFERENCES tender (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
