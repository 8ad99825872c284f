-- The monitor test app's own table: one row per business event (its EventKey) a handler booked, real or caught up.
CREATE TABLE IF NOT EXISTS booked_event (
    event_key   VARCHAR(255) NOT NULL PRIMARY KEY,
    delivery_id VARCHAR(255) NOT NULL,
    catch_up    BOOLEAN      NOT NULL
);
