// What code outside zod needs of the schemas as plain values: each enumeration's members and two limits. The schemas
// build their enums from these; the side panel names them (the words for every enumerated value, a search box's
// length) from its first load, which used to evaluate zod and a dozen schema modules to read them (ADR-007).
export const ADJUSTMENT_STATUSES = ['proposed', 'confirmed', 'rejected'] as const;
export const ROLES = ['admin', 'coordinator', 'expert', 'reviewer', 'enterprise'] as const;
export const DOCUMENTATION_REQUEST_STATUSES = ['open', 'answered', 'accepted', 'reopened'] as const;
export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large', 'unknown'] as const;
export const PARTY_ORG_TYPES = ['independent', 'joint', 'none', 'unknown'] as const;
export const ENROLMENT_STATUSES = ['enrolled', 'signed_off'] as const;
export const IMPORT_ACTIONS = ['create', 'update', 'unchanged'] as const;
export const EVIDENCE_KINDS = ['clip', 'link', 'report', 'record', 'statement'] as const;
export const STANCES = ['supports', 'contradicts', 'context'] as const;
export const REVIEW_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export const INDICATOR_KINDS = ['mandatory', 'voluntary', 'special'] as const;
export const CONSENSUS_METHODS = ['median', 'mean', 'trimmed_mean'] as const;
/** figures: dated numbers; policy: rules and systems; certificate: valid until the expiry date on it; record: public records. */
export const VALIDITY_BASES = ['figures', 'policy', 'certificate', 'record'] as const;
export const FRESHNESS_STATUSES = ['stands', 'changed', 'gone', 'unchecked'] as const;
export const RECTIFICATION_STATUSES = ['open', 'planned', 'submitted', 'verified', 'closed', 'waived'] as const;
export const RECTIFICATION_REASONS = ['veto', 'below_threshold'] as const;
export const REPORT_STATES = ['not_open', 'open', 'late', 'on_time', 'submitted_late'] as const;
export const ROUND_STATUSES = ['preparing', 'collecting', 'scoring', 'reviewing', 'published', 'closed'] as const;

/** The longest search a box takes: a full registered name (at most 100 characters) with room to spare. */
export const SEARCH_TEXT_MAX = 200;
/** The enterprises whose hand-set rows of the side panel are kept; the oldest are forgotten first. */
export const REMEMBERED_ENTERPRISES = 50;
