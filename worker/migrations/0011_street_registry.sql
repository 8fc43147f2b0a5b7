CREATE TABLE `street` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text,
	`name` text NOT NULL,
	`name_en` text,
	`position` integer NOT NULL,
	`retired_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `street_name` ON `street` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `street_code` ON `street` (`code`);--> statement-breakpoint
CREATE TABLE `street_alias` (
	`key` text PRIMARY KEY NOT NULL,
	`alias` text NOT NULL,
	`street_id` integer NOT NULL,
	FOREIGN KEY (`street_id`) REFERENCES `street`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `street_alias_street` ON `street_alias` (`street_id`);--> statement-breakpoint
ALTER TABLE `enterprise` ADD `street_id` integer REFERENCES street(id);--> statement-breakpoint
CREATE INDEX `enterprise_street_id` ON `enterprise` (`street_id`);--> statement-breakpoint
ALTER TABLE `round_member` ADD `street_id` integer REFERENCES street(id);