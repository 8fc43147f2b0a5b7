CREATE TABLE `evidence_source_flag` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evidence_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`flagged_by` integer NOT NULL,
	`role` text NOT NULL,
	`note` text,
	`flagged_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`flagged_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_source_flag_once` ON `evidence_source_flag` (`evidence_id`,`flagged_by`);--> statement-breakpoint
CREATE INDEX `evidence_source_flag_round` ON `evidence_source_flag` (`round_id`,`enterprise_id`);