CREATE TABLE `adjustment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`code` text NOT NULL,
	`occurrences` integer DEFAULT 1 NOT NULL,
	`evidence_ids` text DEFAULT '[]' NOT NULL,
	`note` text,
	`status` text DEFAULT 'proposed' NOT NULL,
	`proposed_by` integer NOT NULL,
	`proposed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`decision_comment` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `adjustment_enterprise` ON `adjustment` (`round_id`,`enterprise_id`);--> statement-breakpoint
CREATE TABLE `documentation_request` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`question` text NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`asked_by` integer NOT NULL,
	`asked_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`answer_statement` text,
	`answer_evidence_ids` text DEFAULT '[]' NOT NULL,
	`answered_by` integer,
	`answered_at` text,
	`decided_by` integer,
	`decided_at` text,
	`decision_comment` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`asked_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documentation_request_enterprise` ON `documentation_request` (`round_id`,`enterprise_id`);--> statement-breakpoint
CREATE INDEX `documentation_request_due` ON `documentation_request` (`round_id`,`status`,`due_on`);