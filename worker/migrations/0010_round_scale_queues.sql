CREATE TABLE `queue_position` (
	`round_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`queue` text NOT NULL,
	`evidence_id` integer NOT NULL,
	`filters` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`round_id`, `user_id`, `queue`),
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `evidence` ADD `moved_from_indicator_id` integer;--> statement-breakpoint
ALTER TABLE `evidence` ADD `moved_by` integer;--> statement-breakpoint
ALTER TABLE `evidence` ADD `moved_at` text;--> statement-breakpoint
CREATE INDEX `evidence_review_queue` ON `evidence` (`round_id`,(stance <> 'contradicts'),`id`) WHERE status = 'pending' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `evidence_rejected_by` ON `evidence` (`reviewed_by`,`reviewed_at`) WHERE status = 'rejected';--> statement-breakpoint
CREATE INDEX `evidence_author_notices` ON `evidence` (`captured_by`,`round_id`,`id`) WHERE deleted_at IS NULL AND (status = 'rejected' OR moved_at IS NOT NULL);--> statement-breakpoint
ALTER TABLE `round_enterprise` ADD `sign_off_confirmation` text;--> statement-breakpoint
CREATE INDEX `result_indicator_unsettled` ON `result_indicator` (`round_id`,`enterprise_id`,`indicator_id`) WHERE applicable AND disagreement AND NOT settled;