CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`user_id` integer,
	`role` text,
	`action` text NOT NULL,
	`resource_type` text NOT NULL,
	`resource_id` text,
	`round_id` integer,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_resource` ON `audit_log` (`resource_type`,`resource_id`);--> statement-breakpoint
CREATE INDEX `audit_log_user` ON `audit_log` (`user_id`);--> statement-breakpoint
CREATE TABLE `enterprise` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`credit_code` text NOT NULL,
	`name` text NOT NULL,
	`name_en` text,
	`industry` text NOT NULL,
	`street` text NOT NULL,
	`size` text NOT NULL,
	`party_org_type` text NOT NULL,
	`contact_name` text,
	`contact_phone` text,
	`contact_email` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_credit_code` ON `enterprise` (`credit_code`);--> statement-breakpoint
CREATE INDEX `enterprise_street` ON `enterprise` (`street`);--> statement-breakpoint
CREATE TABLE `enterprise_domain` (
	`domain` text PRIMARY KEY NOT NULL,
	`enterprise_id` integer NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enterprise_domain_enterprise` ON `enterprise_domain` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`normalized_url` text,
	`canonical_url` text,
	`title` text NOT NULL,
	`site_name` text,
	`lang` text,
	`published_on` text,
	`quote` text,
	`quote_sha256` text,
	`selectors` text,
	`page_number` integer,
	`document_sha256` text,
	`screenshot_key` text,
	`screenshot_sha256` text,
	`stance` text DEFAULT 'supports' NOT NULL,
	`note` text,
	`expires_on` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`review_comment` text,
	`reviewed_by` integer,
	`reviewed_at` text,
	`captured_by` integer NOT NULL,
	`captured_at` text NOT NULL,
	`received_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`extension_version` text,
	`idempotency_key` text NOT NULL,
	`anchor_status` text,
	`last_seen_at` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`captured_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_idempotency` ON `evidence` (`captured_by`,`idempotency_key`);--> statement-breakpoint
CREATE INDEX `evidence_slot` ON `evidence` (`round_id`,`enterprise_id`,`indicator_id`);--> statement-breakpoint
CREATE TABLE `framework` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`description_zh` text NOT NULL,
	`description_en` text NOT NULL,
	`settings` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`published_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `framework_code_version` ON `framework` (`code`,`version`);--> statement-breakpoint
CREATE TABLE `indicator` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`framework_id` integer NOT NULL,
	`parent_id` integer,
	`level` integer NOT NULL,
	`position` integer NOT NULL,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`guidance_zh` text,
	`guidance_en` text,
	`kind` text,
	`industries` text DEFAULT '[]' NOT NULL,
	`weight` real NOT NULL,
	`max_score` real,
	`rubric` text,
	`keywords_zh` text DEFAULT '[]' NOT NULL,
	`keywords_en` text DEFAULT '[]' NOT NULL,
	`validity` text,
	FOREIGN KEY (`framework_id`) REFERENCES `framework`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_framework_code` ON `indicator` (`framework_id`,`code`);--> statement-breakpoint
CREATE INDEX `indicator_framework_position` ON `indicator` (`framework_id`,`level`,`position`);--> statement-breakpoint
CREATE TABLE `round` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`year` integer NOT NULL,
	`framework_id` integer NOT NULL,
	`status` text DEFAULT 'preparing' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`status_changed_at` text,
	FOREIGN KEY (`framework_id`) REFERENCES `framework`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `round_enterprise` (
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`status` text DEFAULT 'enrolled' NOT NULL,
	`signed_off_by` integer,
	`signed_off_at` text,
	PRIMARY KEY(`round_id`, `enterprise_id`),
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `round_enterprise_enterprise` ON `round_enterprise` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `round_member` (
	`round_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`street` text,
	`bureau` text,
	`enterprise_id` integer,
	PRIMARY KEY(`round_id`, `user_id`),
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprise`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `round_member_user` ON `round_member` (`user_id`);--> statement-breakpoint
CREATE TABLE `session` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `session_user` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `user` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`login` text NOT NULL,
	`display_name` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`password_hash` text,
	`password_salt` text,
	`password_iterations` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_login` ON `user` (`login`);