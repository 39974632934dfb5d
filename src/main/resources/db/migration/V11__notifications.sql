-- Notifications ("you said, we did"): e-mails to reporters, followers and ward subscribers.

-- Extra headers of an e-mail (List-Unsubscribe, List-Unsubscribe-Post), as lines of "Name: value";
-- forgotten with the bodies once sent.
ALTER TABLE mail_outbox ADD COLUMN headers TEXT NULL;

-- Secrets the portal makes itself on first start when they are not configured (the unsubscribe key),
-- so that every instance of a cluster signs with the same one.
CREATE TABLE notify_secret (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret      VARCHAR(100) NOT NULL,
    created_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- News about a concern (a status change; later an outcome), written in the transaction that made it,
-- so none is lost; dispatched_at is set once its immediate e-mails are in the outbox.
-- for_ward: whether the news goes to the ward's subscribers (a public concern closed, an outcome).
CREATE TABLE concern_news (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind           VARCHAR(20)   NOT NULL,
    concern_id     BIGINT        NOT NULL,
    event_id       BIGINT        NOT NULL,
    ward_code      VARCHAR(12)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    for_ward       TINYINT(1)    NOT NULL,
    text_en        TEXT          NULL,
    text_cy        TEXT          NULL,
    created_at     DATETIME(3)   NOT NULL,
    dispatched_at  DATETIME(3)   NULL,
    CONSTRAINT concern_news_event UNIQUE (kind, concern_id, event_id),
    CONSTRAINT concern_news_concern FOREIGN KEY (concern_id) REFERENCES concern (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX concern_news_pending ON concern_news (dispatched_at, id);
CREATE INDEX concern_news_by_ward ON concern_news (ward_code, for_ward, created_at);

-- A resident's subscription to a ward's news: IMMEDIATE, DAILY or WEEKLY.
-- last_digest_at: news after it goes into the next digest.
CREATE TABLE ward_subscription (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    resident_id     BIGINT       NOT NULL,
    ward_code       VARCHAR(12)  NOT NULL,
    frequency       VARCHAR(10)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    last_digest_at  DATETIME(3)  NOT NULL,
    CONSTRAINT ward_subscription_one UNIQUE (resident_id, ward_code),
    CONSTRAINT ward_subscription_resident FOREIGN KEY (resident_id) REFERENCES resident_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ward_subscription_due ON ward_subscription (frequency, last_digest_at);

-- Addresses that asked for no more e-mails: about one concern ('concern:<id>'), one ward ('ward:<code>')
-- or any ('all'). The address is kept only as a keyed hash (HMAC-SHA256 under the unsubscribe secret).
CREATE TABLE notify_opt_out (
    address_key  CHAR(64)     NOT NULL,
    scope        VARCHAR(40)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (address_key, scope)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
