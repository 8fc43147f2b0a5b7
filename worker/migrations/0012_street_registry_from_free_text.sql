-- Streets were free text: each distinct spelling that an enterprise or a coordinator's binding uses becomes one
-- registry record (in name order, without a code), and every row points at the record of its own spelling. Whoever
-- saw an enterprise before (the same text) sees it after (the same id); nothing is guessed or merged here. The
-- administrator then gives the records their official codes and order and folds stray spellings into aliases.
INSERT INTO `street` (`name`, `position`)
SELECT `name`, (SELECT COALESCE(MAX(`position`), 0) FROM `street`) + ROW_NUMBER() OVER (ORDER BY `name`)
FROM (
  SELECT `street` AS `name` FROM `enterprise`
  UNION
  SELECT `street` FROM `round_member` WHERE `street` IS NOT NULL
)
WHERE `name` NOT IN (SELECT `name` FROM `street`);
--> statement-breakpoint
UPDATE `enterprise` SET `street_id` = (SELECT `id` FROM `street` WHERE `street`.`name` = `enterprise`.`street`) WHERE `street_id` IS NULL;
--> statement-breakpoint
UPDATE `round_member` SET `street_id` = (SELECT `id` FROM `street` WHERE `street`.`name` = `round_member`.`street`)
WHERE `street` IS NOT NULL AND `street_id` IS NULL;
