-- The example app's own table: one row per approved expense its handler booked.
CREATE TABLE IF NOT EXISTS booked_expense (
    expense_id VARCHAR(255) NOT NULL PRIMARY KEY,
    booked_by  VARCHAR(255) NOT NULL
);
