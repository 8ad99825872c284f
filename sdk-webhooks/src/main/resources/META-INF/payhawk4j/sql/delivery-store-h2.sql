-- The table of JdbcDeliveryStore (payhawk4j), H2 2.x.
-- One row per webhook delivery id: claimed while a node handles it, processed afterwards until retention ends.
-- Times are epoch milliseconds of the nodes' clocks.
CREATE TABLE IF NOT EXISTS payhawk_webhook_delivery (
    delivery_id VARCHAR(255) NOT NULL PRIMARY KEY,
    status      VARCHAR(16)  NOT NULL,
    claim_token VARCHAR(36),
    expires_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);
CREATE INDEX IF NOT EXISTS payhawk_webhook_delivery_expires_at ON payhawk_webhook_delivery (expires_at);
