-- Full-text search (issue 13): an FTS5 index over the normalized title, summary, key points and text of every summarized
-- article, maintained on write by triggers, so every writer (any process, any version of the worker) keeps it current.
-- The normalization repeats Summarizer.Text.ArabicSearchText exactly: alef forms -> alef, alef maqsura -> yeh,
-- teh marbuta -> heh, Eastern and Persian digits -> ASCII, diacritics (U+064B-U+065F, U+0670) and tatweel removed.
-- It runs in stages through a staging table: one expression of ~50 nested replace() calls overflows the parser stack of
-- some SQLite builds (the sqlite3 shell among them), which then refuse to open the database at all.
-- FTS5's unicode61 tokenizer folds case; remove_diacritics 0 keeps hamza and madda letters as they are (we fold them).
-- rowid = articles.id.

CREATE VIRTUAL TABLE article_search USING fts5 (title, summary, key_points, body, tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE article_search_stage (id INTEGER PRIMARY KEY, title TEXT, summary TEXT, key_points TEXT, body TEXT);

CREATE TRIGGER article_search_update AFTER UPDATE OF summary_id, title, text, status ON articles
BEGIN
    DELETE FROM article_search WHERE rowid = new.id;
    DELETE FROM article_search_stage WHERE id = new.id;
    INSERT INTO article_search_stage (id, title, summary, key_points, body)
    SELECT new.id, coalesce(new.title, ''), s.summary,
        coalesce((SELECT group_concat(value, ' ') FROM json_each(s.key_points)), ''), coalesce(new.text, '')
    FROM summaries s WHERE s.id = new.summary_id AND new.status = 'summarized';
    -- alef forms, alef maqsura, teh marbuta
    UPDATE article_search_stage SET
        title = replace(replace(replace(replace(replace(replace(title, char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)),
        summary = replace(replace(replace(replace(replace(replace(summary, char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)),
        key_points = replace(replace(replace(replace(replace(replace(key_points, char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)),
        body = replace(replace(replace(replace(replace(replace(body, char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607))
    WHERE id = new.id;
    -- Eastern Arabic digits
    UPDATE article_search_stage SET
        title = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)), char(1639), char(55)), char(1640), char(56)), char(1641), char(57)),
        summary = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(summary, char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)), char(1639), char(55)), char(1640), char(56)), char(1641), char(57)),
        key_points = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(key_points, char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)), char(1639), char(55)), char(1640), char(56)), char(1641), char(57)),
        body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)), char(1639), char(55)), char(1640), char(56)), char(1641), char(57))
    WHERE id = new.id;
    -- Persian digits
    UPDATE article_search_stage SET
        title = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)), char(1785), char(57)),
        summary = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(summary, char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)), char(1785), char(57)),
        key_points = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(key_points, char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)), char(1785), char(57)),
        body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)), char(1785), char(57))
    WHERE id = new.id;
    -- tatweel, superscript alef, diacritics U+064B-U+0653
    UPDATE article_search_stage SET
        title = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1600), ''), char(1648), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''),
        summary = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(summary, char(1600), ''), char(1648), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''),
        key_points = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(key_points, char(1600), ''), char(1648), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''),
        body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(1600), ''), char(1648), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), '')
    WHERE id = new.id;
    -- diacritics U+0654-U+065F
    UPDATE article_search_stage SET
        title = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''),
        summary = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(summary, char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''),
        key_points = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(key_points, char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''),
        body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), '')
    WHERE id = new.id;
    INSERT INTO article_search (rowid, title, summary, key_points, body)
    SELECT id, title, summary, key_points, body FROM article_search_stage WHERE id = new.id;
    DELETE FROM article_search_stage WHERE id = new.id;
END;

CREATE TRIGGER article_search_delete AFTER DELETE ON articles
BEGIN
    DELETE FROM article_search WHERE rowid = old.id;
END;

-- Articles summarized before this migration.
INSERT INTO article_search_stage (id, title, summary, key_points, body)
SELECT a.id, coalesce(a.title, ''), s.summary, coalesce((SELECT group_concat(value, ' ') FROM json_each(s.key_points)), ''), coalesce(a.text, '')
FROM articles a JOIN summaries s ON s.id = a.summary_id WHERE a.status = 'summarized';
    -- alef forms, alef maqsura, teh marbuta
UPDATE article_search_stage SET
    title = replace(replace(replace(replace(replace(replace(title, char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)),
    summary = replace(replace(replace(replace(replace(replace(summary, char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)),
    key_points = replace(replace(replace(replace(replace(replace(key_points, char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607)),
    body = replace(replace(replace(replace(replace(replace(body, char(1571), char(1575)), char(1573), char(1575)), char(1570), char(1575)), char(1649), char(1575)), char(1609), char(1610)), char(1577), char(1607))
WHERE 1 = 1;
-- Eastern Arabic digits
UPDATE article_search_stage SET
    title = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)), char(1639), char(55)), char(1640), char(56)), char(1641), char(57)),
    summary = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(summary, char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)), char(1639), char(55)), char(1640), char(56)), char(1641), char(57)),
    key_points = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(key_points, char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)), char(1639), char(55)), char(1640), char(56)), char(1641), char(57)),
    body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(1632), char(48)), char(1633), char(49)), char(1634), char(50)), char(1635), char(51)), char(1636), char(52)), char(1637), char(53)), char(1638), char(54)), char(1639), char(55)), char(1640), char(56)), char(1641), char(57))
WHERE 1 = 1;
-- Persian digits
UPDATE article_search_stage SET
    title = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)), char(1785), char(57)),
    summary = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(summary, char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)), char(1785), char(57)),
    key_points = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(key_points, char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)), char(1785), char(57)),
    body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(1776), char(48)), char(1777), char(49)), char(1778), char(50)), char(1779), char(51)), char(1780), char(52)), char(1781), char(53)), char(1782), char(54)), char(1783), char(55)), char(1784), char(56)), char(1785), char(57))
WHERE 1 = 1;
-- tatweel, superscript alef, diacritics U+064B-U+0653
UPDATE article_search_stage SET
    title = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1600), ''), char(1648), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''),
    summary = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(summary, char(1600), ''), char(1648), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''),
    key_points = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(key_points, char(1600), ''), char(1648), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), ''),
    body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(1600), ''), char(1648), ''), char(1611), ''), char(1612), ''), char(1613), ''), char(1614), ''), char(1615), ''), char(1616), ''), char(1617), ''), char(1618), ''), char(1619), '')
WHERE 1 = 1;
-- diacritics U+0654-U+065F
UPDATE article_search_stage SET
    title = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(title, char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''),
    summary = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(summary, char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''),
    key_points = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(key_points, char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), ''),
    body = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(body, char(1620), ''), char(1621), ''), char(1622), ''), char(1623), ''), char(1624), ''), char(1625), ''), char(1626), ''), char(1627), ''), char(1628), ''), char(1629), ''), char(1630), ''), char(1631), '')
WHERE 1 = 1;
INSERT INTO article_search (rowid, title, summary, key_points, body) SELECT id, title, summary, key_points, body FROM article_search_stage;
DELETE FROM article_search_stage;

-- The reading room lists summarized articles newest first (published time, else discovery), overall and per source.
CREATE INDEX ix_articles_shown ON articles (status, coalesce(published_at, discovered_at));
CREATE INDEX ix_articles_source_shown ON articles (source, status, coalesce(published_at, discovered_at));
