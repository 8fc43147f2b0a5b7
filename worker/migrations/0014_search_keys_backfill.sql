-- Search keys of the rows written before they existed (the worker writes them with every new name since).
-- SQL has no NFKC: this folds what matters for names, full-width ASCII (U+FF01-U+FF5E) to half-width and the
-- ideographic space to a space, then ASCII case; texts in the order shared/domain/search-text.ts joins them.
UPDATE `enterprise` SET `search_key` = (
  WITH RECURSIVE folded(i, text) AS (
    SELECT 1, ''
    UNION ALL
    SELECT i + 1, text || (SELECT CASE WHEN u BETWEEN 65281 AND 65374 THEN char(u - 65248) WHEN u = 12288 THEN ' ' ELSE c END
                           FROM (SELECT substr(src.s, i, 1) AS c, unicode(substr(src.s, i, 1)) AS u))
    FROM folded, (SELECT enterprise.name || coalesce(char(10) || nullif(enterprise.name_en, ''), '') || char(10) || enterprise.credit_code AS s) src
    WHERE i <= length(src.s)
  )
  SELECT lower(text) FROM folded ORDER BY i DESC LIMIT 1);--> statement-breakpoint
UPDATE `user` SET `search_key` = (
  WITH RECURSIVE folded(i, text) AS (
    SELECT 1, ''
    UNION ALL
    SELECT i + 1, text || (SELECT CASE WHEN u BETWEEN 65281 AND 65374 THEN char(u - 65248) WHEN u = 12288 THEN ' ' ELSE c END
                           FROM (SELECT substr(src.s, i, 1) AS c, unicode(substr(src.s, i, 1)) AS u))
    FROM folded, (SELECT user.login || char(10) || user.display_name AS s) src
    WHERE i <= length(src.s)
  )
  SELECT lower(text) FROM folded ORDER BY i DESC LIMIT 1);--> statement-breakpoint
UPDATE `practice_case` SET `search_key` = (
  WITH RECURSIVE folded(i, text) AS (
    SELECT 1, ''
    UNION ALL
    SELECT i + 1, text || (SELECT CASE WHEN u BETWEEN 65281 AND 65374 THEN char(u - 65248) WHEN u = 12288 THEN ' ' ELSE c END
                           FROM (SELECT substr(src.s, i, 1) AS c, unicode(substr(src.s, i, 1)) AS u))
    FROM folded, (SELECT practice_case.title_zh || coalesce(char(10) || nullif(practice_case.title_en, ''), '') || char(10) || practice_case.summary_zh || coalesce(char(10) || nullif(practice_case.summary_en, ''), '') AS s) src
    WHERE i <= length(src.s)
  )
  SELECT lower(text) FROM folded ORDER BY i DESC LIMIT 1);
