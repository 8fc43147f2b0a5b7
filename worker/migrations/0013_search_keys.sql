ALTER TABLE `enterprise` ADD `search_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `enterprise_search` ON `enterprise` (`search_key`);--> statement-breakpoint
ALTER TABLE `practice_case` ADD `search_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `user` ADD `search_key` text DEFAULT '' NOT NULL;