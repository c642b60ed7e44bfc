-- Search stems (issue 13 follow-up): a word loses its definite article and the clitics before it only when three letters or
-- more remain, as queries always did ("ذي" no longer finds "الذي", whose stem would be two letters), and a word starting
-- with لل (ل + ال) is also ل + ال + a word that starts with ل, written with one lam less: "لليل" is indexed as "ليل" too,
-- so "لليل" finds "الليل" and "ليل" (Summarizer.Text.ArabicSearchText.Stems; PostgreSQL's 008 does the same). The stems
-- column now holds only these stems, not a second copy of every word, so the index is smaller.
-- The trigger is replaced; the index is refilled from its own normalized columns.

DROP TRIGGER article_search_update;

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
    -- stems (ArabicSearchText.Stems): for each word with an article prefix, the rest when three letters or more remain, and
    -- for a lam prefix (لل ولل فلل) also ل + the rest when that is three letters or more. Words are split at spaces after
    -- common punctuation became spaces; the list of words goes through json_each (no CTE is allowed in a trigger).
    UPDATE article_search_stage SET stems = ' ' || title || ' ' || summary || ' ' || key_points || ' ' || body WHERE id = new.id;
    UPDATE article_search_stage SET stems = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(stems, char(10), ' '), char(13), ' '), char(9), ' '), char(171), ' '), char(187), ' '), char(34), ' '), char(39), ' '), char(40), ' '), char(41), ' '), char(91), ' ') WHERE id = new.id;
    UPDATE article_search_stage SET stems = replace(replace(replace(replace(replace(replace(replace(replace(replace(stems, char(93), ' '), char(45), ' '), char(47), ' '), char(8220), ' '), char(8221), ' '), char(46), ' '), char(1548), ' '), char(1563), ' '), char(58), ' ') WHERE id = new.id;
    UPDATE article_search_stage SET stems = replace(replace(replace(replace(replace(replace(replace(replace(replace(stems, char(63), ' '), char(33), ' '), char(44), ' '), char(59), ' '), char(1567), ' '), char(8230), ' '), char(92), ' '), char(11), ' '), char(12), ' ') WHERE id = new.id;
    UPDATE article_search_stage SET stems = '["' || replace(stems, ' ', '","') || '"]' WHERE id = new.id;
    UPDATE article_search_stage SET stems = CASE WHEN json_valid(stems) THEN coalesce((
        SELECT group_concat(stem, ' ') FROM (
            SELECT CASE WHEN length(value) - p >= 3 THEN substr(value, p + 1) ELSE '' END
                || CASE WHEN lam AND length(value) - p >= 2 THEN ' ' || char(1604) || substr(value, p + 1) ELSE '' END AS stem
            FROM (
                SELECT value,
                    CASE WHEN substr(value, 1, 4) IN (char(1608,1576,1575,1604), char(1601,1576,1575,1604), char(1608,1603,1575,1604), char(1601,1603,1575,1604)) THEN 4
                        WHEN substr(value, 1, 3) IN (char(1608,1575,1604), char(1601,1575,1604), char(1576,1575,1604), char(1603,1575,1604), char(1608,1604,1604), char(1601,1604,1604)) THEN 3
                        WHEN substr(value, 1, 2) IN (char(1604,1604), char(1575,1604)) THEN 2
                        ELSE 0 END AS p,
                    substr(value, 1, 2) = char(1604,1604) OR substr(value, 1, 3) IN (char(1608,1604,1604), char(1601,1604,1604)) AS lam
                FROM json_each(article_search_stage.stems))
            WHERE p > 0)), '') ELSE '' END WHERE id = new.id;
    INSERT INTO article_search (rowid, title, summary, key_points, body, stems)
    SELECT id, title, summary, key_points, body, stems FROM article_search_stage WHERE id = new.id;
    DELETE FROM article_search_stage WHERE id = new.id;
END;

-- Articles summarized before this migration: their normalized columns are already in the index.
INSERT INTO article_search_stage (id, title, summary, key_points, body)
SELECT rowid, title, summary, key_points, body FROM article_search;
-- stems (ArabicSearchText.Stems): for each word with an article prefix, the rest when three letters or more remain, and
-- for a lam prefix (لل ولل فلل) also ل + the rest when that is three letters or more. Words are split at spaces after
-- common punctuation became spaces; the list of words goes through json_each (no CTE is allowed in a trigger).
UPDATE article_search_stage SET stems = ' ' || title || ' ' || summary || ' ' || key_points || ' ' || body WHERE 1 = 1;
UPDATE article_search_stage SET stems = replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(stems, char(10), ' '), char(13), ' '), char(9), ' '), char(171), ' '), char(187), ' '), char(34), ' '), char(39), ' '), char(40), ' '), char(41), ' '), char(91), ' ') WHERE 1 = 1;
UPDATE article_search_stage SET stems = replace(replace(replace(replace(replace(replace(replace(replace(replace(stems, char(93), ' '), char(45), ' '), char(47), ' '), char(8220), ' '), char(8221), ' '), char(46), ' '), char(1548), ' '), char(1563), ' '), char(58), ' ') WHERE 1 = 1;
UPDATE article_search_stage SET stems = replace(replace(replace(replace(replace(replace(replace(replace(replace(stems, char(63), ' '), char(33), ' '), char(44), ' '), char(59), ' '), char(1567), ' '), char(8230), ' '), char(92), ' '), char(11), ' '), char(12), ' ') WHERE 1 = 1;
UPDATE article_search_stage SET stems = '["' || replace(stems, ' ', '","') || '"]' WHERE 1 = 1;
UPDATE article_search_stage SET stems = CASE WHEN json_valid(stems) THEN coalesce((
    SELECT group_concat(stem, ' ') FROM (
        SELECT CASE WHEN length(value) - p >= 3 THEN substr(value, p + 1) ELSE '' END
            || CASE WHEN lam AND length(value) - p >= 2 THEN ' ' || char(1604) || substr(value, p + 1) ELSE '' END AS stem
        FROM (
            SELECT value,
                CASE WHEN substr(value, 1, 4) IN (char(1608,1576,1575,1604), char(1601,1576,1575,1604), char(1608,1603,1575,1604), char(1601,1603,1575,1604)) THEN 4
                    WHEN substr(value, 1, 3) IN (char(1608,1575,1604), char(1601,1575,1604), char(1576,1575,1604), char(1603,1575,1604), char(1608,1604,1604), char(1601,1604,1604)) THEN 3
                    WHEN substr(value, 1, 2) IN (char(1604,1604), char(1575,1604)) THEN 2
                    ELSE 0 END AS p,
                substr(value, 1, 2) = char(1604,1604) OR substr(value, 1, 3) IN (char(1608,1604,1604), char(1601,1604,1604)) AS lam
            FROM json_each(article_search_stage.stems))
        WHERE p > 0)), '') ELSE '' END WHERE 1 = 1;
DELETE FROM article_search;
INSERT INTO article_search (rowid, title, summary, key_points, body, stems) SELECT id, title, summary, key_points, body, stems FROM article_search_stage;
DELETE FROM article_search_stage;
