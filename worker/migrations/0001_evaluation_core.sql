CREATE TABLE `assignment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`expert_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`expert_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignment_round_expert` ON `assignment` (`round_id`,`expert_id`);--> statement-breakpoint
CREATE TABLE `assignment_enterprise` (
	`assignment_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	PRIMARY KEY(`assignment_id`, `enterprise_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `assignment`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assignment_scope` (
	`assignment_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	PRIMARY KEY(`assignment_id`, `indicator_id`),
	FOREIGN KEY (`assignment_id`) REFERENCES `assignment`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignment_scope_indicator` ON `assignment_scope` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `rectification` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`reason` text NOT NULL,
	`required_action` text NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`plan` text,
	`evidence_ids` text DEFAULT '[]' NOT NULL,
	`evidence_links` text DEFAULT '[]' NOT NULL,
	`follow_up` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rectification_slot` ON `rectification` (`round_id`,`enterprise_id`,`indicator_id`);--> statement-breakpoint
CREATE INDEX `rectification_enterprise` ON `rectification` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `result_enterprise` (
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`weighted_total` real,
	`adjustment_total` real NOT NULL,
	`total` real,
	`band_grade` text,
	`grade` text,
	`grade_index` integer,
	`veto_codes` text NOT NULL,
	`applicable_count` integer NOT NULL,
	`scored_count` integer NOT NULL,
	`evidenced_count` integer NOT NULL,
	`completeness` real,
	`scored_share` real,
	`provisional` integer NOT NULL,
	`disagreement_count` integer NOT NULL,
	`unsettled_count` integer NOT NULL,
	`rank_overall` integer,
	`rank_street` integer,
	`rank_industry` integer,
	`computed_at` text NOT NULL,
	PRIMARY KEY(`round_id`, `enterprise_id`)
);
--> statement-breakpoint
CREATE INDEX `result_enterprise_rank` ON `result_enterprise` (`round_id`,`rank_overall`);--> statement-breakpoint
CREATE TABLE `result_indicator` (
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`applicable` integer NOT NULL,
	`expert_count` integer NOT NULL,
	`min_value` real,
	`max_value` real,
	`computed_consensus` real,
	`settled` integer NOT NULL,
	`consensus` real,
	`disagreement` integer NOT NULL,
	`failed_mandatory` integer NOT NULL,
	`below_rectification` integer NOT NULL,
	`evidence_count` integer NOT NULL,
	PRIMARY KEY(`round_id`, `enterprise_id`, `indicator_id`)
);
--> statement-breakpoint
CREATE TABLE `result_node` (
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`level` integer NOT NULL,
	`score` real NOT NULL,
	PRIMARY KEY(`round_id`, `enterprise_id`, `indicator_id`)
);
--> statement-breakpoint
CREATE TABLE `score` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`expert_id` integer NOT NULL,
	`value` real NOT NULL,
	`rubric_level` integer NOT NULL,
	`rationale` text NOT NULL,
	`evidence_ids` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`expert_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `score_slot_expert` ON `score` (`round_id`,`enterprise_id`,`indicator_id`,`expert_id`);--> statement-breakpoint
CREATE INDEX `score_slot_value` ON `score` (`round_id`,`enterprise_id`,`indicator_id`,`value`);--> statement-breakpoint
CREATE INDEX `score_expert` ON `score` (`expert_id`);--> statement-breakpoint
CREATE TABLE `score_settlement` (
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`value` real NOT NULL,
	`reason` text NOT NULL,
	`settled_by` integer NOT NULL,
	`settled_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`round_id`, `enterprise_id`, `indicator_id`),
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`settled_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `framework` ADD `revision` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `framework` ADD `updated_at` text;--> statement-breakpoint
ALTER TABLE `round` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `round` ADD `results_stale` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `round` ADD `results_computed_at` text;--> statement-breakpoint
ALTER TABLE `round_enterprise` ADD `sign_off_comment` text;