-- Every source that found an article (issue 16): articles.source keeps the first; a feed and a sitemap of one site that
-- both list an article are both credited, each with the time it first listed it. Backfilled from the first source.
CREATE TABLE article_sources (
    article_id INTEGER NOT NULL REFERENCES articles (id),
    source TEXT NOT NULL,
    first_seen_at INTEGER NOT NULL,
    PRIMARY KEY (article_id, source)
);

CREATE INDEX ix_article_sources_source ON article_sources (source, article_id);

INSERT INTO article_sources (article_id, source, first_seen_at)
SELECT id, source, discovered_at FROM articles;
