CREATE TABLE `enterprise_report` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`schedule_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`items` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`submitted_at` text,
	`submitted_by` integer,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`schedule_id`) REFERENCES `report_schedule`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_report_schedule` ON `enterprise_report` (`schedule_id`,`enterprise_id`);--> statement-breakpoint
CREATE INDEX `enterprise_report_enterprise` ON `enterprise_report` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `evidence_freshness` (
	`evidence_id` integer PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`nearest_text` text,
	`checked_at` text NOT NULL,
	`changed_at` text NOT NULL,
	`previous_status` text,
	`run_id` integer NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_freshness_status` ON `evidence_freshness` (`status`);--> statement-breakpoint
CREATE TABLE `freshness_host` (
	`host` text PRIMARY KEY NOT NULL,
	`last_fetch_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `freshness_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trigger` text NOT NULL,
	`triggered_by` integer,
	`started_at` text NOT NULL,
	`finished_at` text,
	`pages` integer DEFAULT 0 NOT NULL,
	`checked` integer DEFAULT 0 NOT NULL,
	`stands` integer DEFAULT 0 NOT NULL,
	`changed` integer DEFAULT 0 NOT NULL,
	`gone` integer DEFAULT 0 NOT NULL,
	`unchecked` integer DEFAULT 0 NOT NULL,
	`deferred` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`triggered_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `practice_case` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text,
	`summary_zh` text NOT NULL,
	`summary_en` text,
	`indicator_ids` text NOT NULL,
	`indicator_codes` text NOT NULL,
	`dimension_codes` text NOT NULL,
	`evidence_ids` text NOT NULL,
	`consent_method` text,
	`consent_by` integer,
	`consent_at` text,
	`consent_note` text,
	`published_at` text,
	`published_by` integer,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consent_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `practice_case_round` ON `practice_case` (`round_id`,`enterprise_id`);--> statement-breakpoint
CREATE INDEX `practice_case_published` ON `practice_case` (`published_at`);--> statement-breakpoint
CREATE TABLE `report_adoption` (
	`report_id` integer NOT NULL,
	`item` integer NOT NULL,
	`round_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`evidence_id` integer NOT NULL,
	`adopted_by` integer NOT NULL,
	`adopted_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`report_id`, `item`, `round_id`, `indicator_id`),
	FOREIGN KEY (`report_id`) REFERENCES `enterprise_report`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`adopted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_reminder` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`schedule_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`reminded_by` integer NOT NULL,
	`reminded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`note` text,
	FOREIGN KEY (`schedule_id`) REFERENCES `report_schedule`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reminded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_reminder_schedule` ON `report_reminder` (`schedule_id`,`enterprise_id`);--> statement-breakpoint
CREATE TABLE `report_schedule` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`period` text NOT NULL,
	`opens_on` text NOT NULL,
	`due_on` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_schedule_period` ON `report_schedule` (`round_id`,`period`);