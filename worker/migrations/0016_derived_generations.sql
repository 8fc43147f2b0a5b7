CREATE TABLE `derived_summary` (
	`round_id` integer NOT NULL,
	`kind` text NOT NULL,
	`seq` integer NOT NULL,
	`computed_at` text NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`round_id`, `kind`),
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `progress_enterprise` (
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`street_id` integer,
	`evidence_items` integer NOT NULL,
	`accepted_items` integer NOT NULL,
	`score_count` integer NOT NULL,
	`signed_off` integer NOT NULL,
	`requests_waiting` integer NOT NULL,
	`requests_overdue` integer NOT NULL,
	`reports_overdue` integer NOT NULL,
	`counted_on` text NOT NULL,
	PRIMARY KEY(`round_id`, `enterprise_id`)
);
--> statement-breakpoint
CREATE INDEX `progress_enterprise_street` ON `progress_enterprise` (`round_id`,`street_id`);--> statement-breakpoint
CREATE TABLE `progress_expert` (
	`round_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`expert_id` integer NOT NULL,
	`street_id` integer,
	`assigned` integer NOT NULL,
	`scored` integer NOT NULL,
	`evidence` integer NOT NULL,
	`open` integer NOT NULL,
	PRIMARY KEY(`round_id`, `enterprise_id`, `expert_id`)
);
--> statement-breakpoint
CREATE TABLE `results_state` (
	`round_id` integer PRIMARY KEY NOT NULL,
	`live_generation` integer DEFAULT 0 NOT NULL,
	`live_framework_id` integer,
	`live_day` text,
	`building_generation` integer,
	`building_framework_id` integer,
	`rebuild_status` text DEFAULT 'idle' NOT NULL,
	`rebuild_reason` text,
	`rebuild_requested` integer DEFAULT 0 NOT NULL,
	`rebuild_serving` integer DEFAULT 0 NOT NULL,
	`rebuild_cursor` integer DEFAULT 0 NOT NULL,
	`rebuild_done` integer DEFAULT 0 NOT NULL,
	`rebuild_total` integer DEFAULT 0 NOT NULL,
	`rebuild_requested_at` text,
	`rebuild_started_at` text,
	`rebuild_step_at` text,
	`rebuild_finished_at` text,
	`rebuild_error` text,
	`rebuild_failures` integer DEFAULT 0 NOT NULL,
	`change_pending` integer DEFAULT false NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL,
	`changed_at` text,
	`scores_seq` integer DEFAULT 0 NOT NULL,
	`ranks_seq` integer DEFAULT 0 NOT NULL,
	`ranks_at` text,
	`figures_queued_at` text,
	`agreement_queued_at` text,
	`prune_queued_at` text,
	FOREIGN KEY (`round_id`) REFERENCES `round`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- (Edited: drizzle-kit selected the new generation column from the old tables; the rows computed so far become generation 1, its default.)
CREATE TABLE `__new_result_enterprise` (
	`round_id` integer NOT NULL,
	`generation` integer DEFAULT 1 NOT NULL,
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
	PRIMARY KEY(`round_id`, `generation`, `enterprise_id`)
);
--> statement-breakpoint
INSERT INTO `__new_result_enterprise`("round_id", "enterprise_id", "weighted_total", "adjustment_total", "total", "band_grade", "grade", "grade_index", "veto_codes", "applicable_count", "scored_count", "evidenced_count", "completeness", "scored_share", "provisional", "disagreement_count", "unsettled_count", "rank_overall", "rank_street", "rank_industry", "computed_at") SELECT "round_id", "enterprise_id", "weighted_total", "adjustment_total", "total", "band_grade", "grade", "grade_index", "veto_codes", "applicable_count", "scored_count", "evidenced_count", "completeness", "scored_share", "provisional", "disagreement_count", "unsettled_count", "rank_overall", "rank_street", "rank_industry", "computed_at" FROM `result_enterprise`;--> statement-breakpoint
DROP TABLE `result_enterprise`;--> statement-breakpoint
ALTER TABLE `__new_result_enterprise` RENAME TO `result_enterprise`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `result_enterprise_rank` ON `result_enterprise` (`round_id`,`generation`,`rank_overall`);--> statement-breakpoint
CREATE TABLE `__new_result_indicator` (
	`round_id` integer NOT NULL,
	`generation` integer DEFAULT 1 NOT NULL,
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
	PRIMARY KEY(`round_id`, `generation`, `enterprise_id`, `indicator_id`)
);
--> statement-breakpoint
INSERT INTO `__new_result_indicator`("round_id", "enterprise_id", "indicator_id", "applicable", "expert_count", "min_value", "max_value", "computed_consensus", "settled", "consensus", "disagreement", "failed_mandatory", "below_rectification", "evidence_count") SELECT "round_id", "enterprise_id", "indicator_id", "applicable", "expert_count", "min_value", "max_value", "computed_consensus", "settled", "consensus", "disagreement", "failed_mandatory", "below_rectification", "evidence_count" FROM `result_indicator`;--> statement-breakpoint
DROP TABLE `result_indicator`;--> statement-breakpoint
ALTER TABLE `__new_result_indicator` RENAME TO `result_indicator`;--> statement-breakpoint
CREATE INDEX `result_indicator_unsettled` ON `result_indicator` (`round_id`,`generation`,`enterprise_id`,`indicator_id`) WHERE applicable AND disagreement AND NOT settled;--> statement-breakpoint
CREATE TABLE `__new_result_node` (
	`round_id` integer NOT NULL,
	`generation` integer DEFAULT 1 NOT NULL,
	`enterprise_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`level` integer NOT NULL,
	`score` real NOT NULL,
	PRIMARY KEY(`round_id`, `generation`, `enterprise_id`, `indicator_id`)
);
--> statement-breakpoint
INSERT INTO `__new_result_node`("round_id", "enterprise_id", "indicator_id", "level", "score") SELECT "round_id", "enterprise_id", "indicator_id", "level", "score" FROM `result_node`;--> statement-breakpoint
DROP TABLE `result_node`;--> statement-breakpoint
ALTER TABLE `__new_result_node` RENAME TO `result_node`;--> statement-breakpoint
ALTER TABLE `round` DROP COLUMN `results_stale`;--> statement-breakpoint
ALTER TABLE `round` DROP COLUMN `results_computed_at`;