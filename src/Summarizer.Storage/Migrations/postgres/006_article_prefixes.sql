-- Search finds Arabic words with their definite article and its clitics (issue 13): "حكومة" finds "الحكومة", "والحكومة",
-- "للحكومة", "بالحكومة", and "الحكومة" finds them all. The tsvector gets each word of search_text once more with the
-- prefixes of Summarizer.Text.ArabicSearchText (و/ف, then ب/ك, then ال; and لل = ل + ال) cut from every word that follows
-- a space or common punctuation, as SQLite's 006 does with the same lists; queries drop the same prefix.

-- A space before the text, common punctuation to spaces, then ' ' + prefix -> ' #' (longest first; '#' keeps a word from
-- losing two prefixes).
CREATE FUNCTION summarizer_search_stems(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(' ' || translate(value, E'\n\r\t\u00AB\u00BB"''()[]-/\u201C\u201D.\u060C\u061B:', '                   '), ' ' || U&'\0648\0628\0627\0644', ' #'), ' ' || U&'\0641\0628\0627\0644', ' #'), ' ' || U&'\0648\0643\0627\0644', ' #'), ' ' || U&'\0641\0643\0627\0644', ' #'), ' ' || U&'\0648\0627\0644', ' #'), ' ' || U&'\0641\0627\0644', ' #'), ' ' || U&'\0628\0627\0644', ' #'), ' ' || U&'\0643\0627\0644', ' #'), ' ' || U&'\0648\0644\0644', ' #'), ' ' || U&'\0641\0644\0644', ' #'), ' ' || U&'\0644\0644', ' #'), ' ' || U&'\0627\0644', ' #')
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
        ELSE to_tsvector('simple', left(NEW.search_text, 200000) || summarizer_search_stems(left(NEW.search_text, 200000))) END;
    RETURN NEW;
END
$$;

UPDATE articles SET status = status WHERE status = 'summarized';
