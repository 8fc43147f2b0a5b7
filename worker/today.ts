// The calendar day the worker counts by (UTC, YYYY-MM-DD): evidence expires by the day, tasks fall due by it.
export const today = () => new Date().toISOString().slice(0, 10);
