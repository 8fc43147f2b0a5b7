-- Every existing round gets its results_state row. The results computed before generations existed stay
-- visible as generation 1, and a rebuild is queued for every round (the first read of its results after a minute,
-- or the daily cron, sends it): it fills the progress counters and, for rounds not yet published, recomputes the
-- results into generation 2. Published and closed rounds keep their frozen results; only their counters are filled.
INSERT INTO `results_state` (`round_id`, `live_generation`, `live_framework_id`, `rebuild_status`, `rebuild_reason`, `rebuild_requested`, `rebuild_requested_at`, `change_seq`, `scores_seq`)
SELECT `r`.`id`,
       CASE WHEN EXISTS (SELECT 1 FROM `result_enterprise` `re` WHERE `re`.`round_id` = `r`.`id`) THEN 1 ELSE 0 END,
       `r`.`framework_id`, 'queued', 'upgrade', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, 1
FROM `round` `r`;
