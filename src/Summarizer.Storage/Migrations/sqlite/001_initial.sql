CREATE TABLE sources (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    last_polled_at INTEGER,
    last_status INTEGER,
    last_error TEXT,
    new_articles INTEGER NOT NULL DEFAULT 0,
    consecutive_failures INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL UNIQUE,
    canonical_url TEXT,
    source TEXT NOT NULL,
    source_updated INTEGER,
    title TEXT,
    byline TEXT,
    published_at INTEGER,
    language TEXT,
    text TEXT,
    text_hash TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    lease_owner TEXT,
    lease_expires_at INTEGER,
    summary_id INTEGER,
    discovered_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX ix_articles_due ON articles (status, next_attempt_at);
CREATE INDEX ix_articles_hash ON articles (text_hash);
CREATE INDEX ix_articles_source ON articles (source, discovered_at);

CREATE TABLE summaries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles (id),
    text_hash TEXT NOT NULL,
    summarizer TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    prompt_version TEXT NOT NULL,
    summary TEXT NOT NULL,
    key_points TEXT NOT NULL,
    grounded INTEGER,
    validation_issues TEXT,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    llm_calls INTEGER,
    cost NUMERIC,
    created_at INTEGER NOT NULL,
    UNIQUE (text_hash, summarizer, model, prompt_version)
);

CREATE INDEX ix_summaries_article ON summaries (article_id);
