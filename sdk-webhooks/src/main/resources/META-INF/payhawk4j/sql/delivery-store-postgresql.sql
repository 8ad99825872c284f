-- The table of JdbcDeliveryStore (payhawk4j), PostgreSQL 12 or later.
-- One row per webhook delivery id: claimed while a node handles it, processed afterwards until retention ends.
-- Times are epoch milliseconds of the nodes' clocks.
CREATE TABLE IF NOT EXISTS payhawk_webhook_delivery (
    delivery_id VARCHAR(255) NOT NULL PRIMARY KEY,   -- the envelope's "id"; the unique key makes claims atomic
    status      VARCHAR(16)  NOT NULL,               -- 'claimed' or 'processed'
    claim_token VARCHAR(36),                         -- proves which claim a node holds; NULL once processed
    expires_at  BIGINT       NOT NULL,               -- end of the lease (claimed) or of the retention (processed)
    updated_at  BIGINT       NOT NULL
);
-- Purging finds expired rows by this index.
CREATE INDEX IF NOT EXISTS payhawk_webhook_delivery_expires_at ON payhawk_webhook_delivery (expires_at);
