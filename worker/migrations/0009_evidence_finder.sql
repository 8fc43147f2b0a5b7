CREATE TABLE `finder_decision` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`passage_key` text NOT NULL,
	`decision` text NOT NULL,
	`evidence_id` integer,
	`decided_by` integer NOT NULL,
	`decided_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `finder_report`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `finder_decision_passage` ON `finder_decision` (`round_id`,`enterprise_id`,`indicator_id`,`report_id`,`passage_key`);--> statement-breakpoint
CREATE INDEX `finder_decision_learning` ON `finder_decision` (`round_id`,`indicator_id`,`decision`);--> statement-breakpoint
CREATE TABLE `finder_index_part` (
	`report_id` integer NOT NULL,
	`part` integer NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`report_id`, `part`),
	FOREIGN KEY (`report_id`) REFERENCES `finder_report`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `finder_learned` (
	`round_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`examples` integer NOT NULL,
	`terms` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`round_id`, `indicator_id`),
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `finder_report` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`url` text NOT NULL,
	`normalized_url` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`reason` text,
	`message` text,
	`format` text,
	`title` text,
	`sha256` text,
	`page_count` integer,
	`passage_count` integer,
	`index_bytes` integer,
	`generation` integer DEFAULT 1 NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`queued_at` text NOT NULL,
	`fetched_at` text,
	`indexed_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `finder_report_source` ON `finder_report` (`round_id`,`enterprise_id`,`normalized_url`);--> statement-breakpoint
CREATE INDEX `finder_report_round_status` ON `finder_report` (`round_id`,`status`);--> statement-breakpoint
CREATE TABLE `finder_summary` (
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`unreviewed` integer NOT NULL,
	`indicator_ids` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`round_id`, `enterprise_id`),
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action
);
