-- Full-text search (issue 13): a normalized text column and a tsvector with a GIN index on every summarized article,
-- maintained on write by a trigger, so every writer (any worker, any machine) keeps it current.
-- summarizer_search_normalize repeats Summarizer.Text.ArabicSearchText exactly: alef forms -> alef, alef maqsura -> yeh,
-- teh marbuta -> heh, Eastern and Persian digits -> ASCII, diacritics (U+064B-U+065F, U+0670) and tatweel removed
-- (translate drops the characters that have no counterpart); the 'simple' configuration lower-cases.

CREATE FUNCTION summarizer_search_normalize(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT translate(coalesce(value, ''),
        U&'\0623\0625\0622\0671\0649\0629\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9\0640\0670\064B\064C\064D\064E\064F\0650\0651\0652\0653\0654\0655\0656\0657\0658\0659\065A\065B\065C\065D\065E\065F',
        U&'\0627\0627\0627\0627\064A\0647\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039\0030\0031\0032\0033\0034\0035\0036\0037\0038\0039')
$$;

ALTER TABLE articles ADD COLUMN search_text TEXT;
ALTER TABLE articles ADD COLUMN search_vector TSVECTOR;
CREATE INDEX ix_articles_search ON articles USING GIN (search_vector);

CREATE FUNCTION summarizer_search_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := NULL;
    IF NEW.status = 'summarized' AND NEW.summary_id IS NOT NULL THEN
        SELECT summarizer_search_normalize(concat_ws(' ', NEW.title, s.summary,
                   (SELECT string_agg(p, ' ') FROM json_array_elements_text(s.key_points::json) AS p), NEW.text))
        INTO NEW.search_text
        FROM summaries s WHERE s.id = NEW.summary_id;
    END IF;
    -- a tsvector holds at most 1 MB: no article is that long, but a pasted blob must not fail the write
    NEW.search_vector := CASE WHEN NEW.search_text IS NULL THEN NULL ELSE to_tsvector('simple', left(NEW.search_text, 200000)) END;
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF summary_id, title, text, status ON articles
    FOR EACH ROW EXECUTE FUNCTION summarizer_search_update();

UPDATE articles SET status = status WHERE status = 'summarized';

-- The reading room lists summarized articles newest first (published time, else discovery), overall and per source.
CREATE INDEX ix_articles_shown ON articles (status, (coalesce(published_at, discovered_at)));
CREATE INDEX ix_articles_source_shown ON articles (source, status, (coalesce(published_at, discovered_at)));
