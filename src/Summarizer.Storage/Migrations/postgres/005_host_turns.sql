-- Per-host politeness shared by every worker on this store: one row per host (scheme://host:port) with the time
-- (Unix ms, the database's clock) before which no worker sends it another request. A worker holds the row lock
-- (SELECT ... FOR UPDATE) while its request runs, so requests to one host never overlap across the fleet.
CREATE TABLE host_turns (
    host TEXT PRIMARY KEY,
    next_allowed_at BIGINT NOT NULL
);
