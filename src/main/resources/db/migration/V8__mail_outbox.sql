-- E-mails wait here until the SMTP server has taken them: nothing is lost while it is down.
-- event_key names the event an e-mail is for, so that one event never sends two e-mails.
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_key        VARCHAR(200)  NULL,
    recipient        VARCHAR(254)  NOT NULL,
    language         CHAR(2)       NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body_text        MEDIUMTEXT    NOT NULL,
    body_html        MEDIUMTEXT    NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    sent_at          DATETIME(3)   NULL,
    given_up_at      DATETIME(3)   NULL,
    last_error       VARCHAR(500)  NULL,
    CONSTRAINT mail_outbox_event UNIQUE (event_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, given_up_at, next_attempt_at);
