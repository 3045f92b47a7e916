-- Organisations, user accounts, API tokens, the audit chain and the search outbox.
-- Instants are UTC in DATETIME(6).

CREATE TABLE region (
    code        VARCHAR(5)   NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    nuts2       CHAR(4)      NOT NULL UNIQUE,
    population  INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    name         VARCHAR(200) NOT NULL,
    type         VARCHAR(40)  NOT NULL,
    region_code  VARCHAR(5)   NULL,
    cvr          CHAR(8)      NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_organisation_cvr UNIQUE (cvr),
    CONSTRAINT uq_organisation_type_name UNIQUE (type, name),
    CONSTRAINT fk_organisation_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(200) NOT NULL,
    organisation_id  BIGINT       NOT NULL,
    password_hash    VARCHAR(500) NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6) NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    sequence       BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(80)   NOT NULL,
    object_type    VARCHAR(60)   NOT NULL,
    object_id      VARCHAR(80)   NOT NULL,
    detail         VARCHAR(2000) NULL,
    previous_hash  CHAR(64)      NOT NULL,
    hash           CHAR(64)      NOT NULL,
    INDEX ix_audit_entry_object (object_type, object_id),
    INDEX ix_audit_entry_actor (actor),
    INDEX ix_audit_entry_occurred_at (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_chain_head (
    id             INT      NOT NULL PRIMARY KEY,
    last_sequence  BIGINT   NOT NULL,
    last_hash      CHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_sequence, last_hash) VALUES (1, 0, REPEAT('0', 64));

CREATE TABLE search_outbox (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_type  VARCHAR(20) NOT NULL,
    document_id    VARCHAR(80) NOT NULL,
    created_at     DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
