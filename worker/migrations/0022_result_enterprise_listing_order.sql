ALTER TABLE `result_enterprise` ADD `street_order` integer;--> statement-breakpoint
ALTER TABLE `result_enterprise` ADD `industry_order` integer;--> statement-breakpoint
CREATE INDEX `result_enterprise_street_order` ON `result_enterprise` (`round_id`,`generation`,(CASE WHEN "street_order" IS NULL THEN 2147483648 ELSE "street_order" END),`enterprise_id`);--> statement-breakpoint
CREATE INDEX `result_enterprise_industry_order` ON `result_enterprise` (`round_id`,`generation`,(CASE WHEN "industry_order" IS NULL THEN 2147483648 ELSE "industry_order" END),`enterprise_id`);--> statement-breakpoint
-- Rows ranked before this migration get their places from their stored ranks, as rankStatement numbers them:
-- a published round is never ranked again.
UPDATE `result_enterprise` SET `street_order` = placed.so, `industry_order` = placed.io FROM (
  SELECT r.round_id, r.generation, r.enterprise_id,
         ROW_NUMBER() OVER (PARTITION BY r.round_id, r.generation
           ORDER BY (SELECT st.position FROM street st WHERE st.id = e.street_id), COALESCE(r.rank_street, 2147483648), r.enterprise_id) AS so,
         ROW_NUMBER() OVER (PARTITION BY r.round_id, r.generation ORDER BY e.industry, COALESCE(r.rank_industry, 2147483648), r.enterprise_id) AS io
  FROM result_enterprise r JOIN enterprise e ON e.id = r.enterprise_id
) placed
WHERE result_enterprise.round_id = placed.round_id AND result_enterprise.generation = placed.generation AND result_enterprise.enterprise_id = placed.enterprise_id;
