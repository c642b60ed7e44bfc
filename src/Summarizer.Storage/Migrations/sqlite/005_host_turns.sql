-- Kept in step with PostgreSQL's schema; one SQLite store is used by one machine, whose workers share turns in process.
CREATE TABLE host_turns (
    host TEXT PRIMARY KEY,
    next_allowed_at INTEGER NOT NULL
);
