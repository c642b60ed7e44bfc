-- Search stems (issue 13 follow-up), as SQLite's 008: a word loses its definite article and the clitics before it only when
-- three letters or more remain ("ذي" no longer finds "الذي"), and a word starting with لل (ل + ال) also gives ل + the
-- rest ("لليل" is indexed as "ليل" too, so "لليل" finds "الليل" and "ليل") (Summarizer.Text.ArabicSearchText.Stems).
-- summarizer_search_stems now returns only these stems, word by word, instead of a second copy of the text with the
-- prefixes cut; common punctuation (and ? ! , ; ؟ …) splits words.

CREATE OR REPLACE FUNCTION summarizer_search_stems(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(string_agg(concat_ws(' ',
               CASE WHEN length(w) - p >= 3 THEN substr(w, p + 1) END,
               CASE WHEN lam AND length(w) - p >= 2 THEN U&'\0644' || substr(w, p + 1) END), ' '), '')
    FROM (
        SELECT w,
            CASE WHEN left(w, 4) IN (U&'\0648\0628\0627\0644', U&'\0641\0628\0627\0644', U&'\0648\0643\0627\0644', U&'\0641\0643\0627\0644') THEN 4
                WHEN left(w, 3) IN (U&'\0648\0627\0644', U&'\0641\0627\0644', U&'\0628\0627\0644', U&'\0643\0627\0644', U&'\0648\0644\0644', U&'\0641\0644\0644') THEN 3
                WHEN left(w, 2) IN (U&'\0644\0644', U&'\0627\0644') THEN 2
                ELSE 0 END AS p,
            left(w, 2) = U&'\0644\0644' OR left(w, 3) IN (U&'\0648\0644\0644', U&'\0641\0644\0644') AS lam
        FROM regexp_split_to_table(
            translate(coalesce(value, ''), E'\n\r\t\u00AB\u00BB"''()[]-/\u201C\u201D.\u060C\u061B:?!,;\u061F\u2026\\', '                          '),
            ' ') AS w) words
    WHERE p > 0
$$;

CREATE OR REPLACE FUNCTION summarizer_search_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := NULL;
    IF NEW.status = 'summarized' AND NEW.summary_id IS NOT NULL THEN
        SELECT summarizer_search_normalize(concat_ws(' ', NEW.title, s.summary,
                   (SELECT string_agg(p, ' ') FROM json_array_elements_text(s.key_points::json) AS p), NEW.text))
        INTO NEW.search_text
        FROM summaries s WHERE s.id = NEW.summary_id;
    END IF;
    -- a tsvector holds at most 1 MB: no article is that long, but a pasted blob must not fail the write
    NEW.search_vector := CASE WHEN NEW.search_text IS NULL THEN NULL
        ELSE to_tsvector('simple', left(NEW.search_text, 200000) || ' ' || summarizer_search_stems(left(NEW.search_text, 200000))) END;
    RETURN NEW;
END
$$;

UPDATE articles SET status = status WHERE status = 'summarized';
-- Every summarized row was rewritten: fresh statistics, so the planner walks the newest-first index for lists and searches.
ANALYZE articles;

-- Every search read the GIN index's pending list (fastupdate) in full: after a bulk of writes, up to 4 MB scanned per
-- query, ~35 ms for a prefix over 10,000 fresh articles. Writes are a trickle of summaries: they update the index directly.
ALTER INDEX ix_articles_search SET (fastupdate = off);
SELECT gin_clean_pending_list('ix_articles_search'::regclass);
