-- The table of JdbcWatermarkStore (payhawk4j), H2 2.x.
-- One row per account and event type: the instant (epoch milliseconds) up to which the application has every event
-- of that type, from deliveries received or gaps a catch-up closed. It only moves forward.
CREATE TABLE IF NOT EXISTS payhawk_catch_up_watermark (
    account_id VARCHAR(255) NOT NULL,
    event_type VARCHAR(255) NOT NULL,
    watermark  BIGINT       NOT NULL,
    PRIMARY KEY (account_id, event_type)
);
