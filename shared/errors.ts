// Machine-readable error codes the API answers with; clients map them to messages in the user's language.
export const errorCodes = [
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'round_not_found',
  'enterprise_not_found',
  'indicator_not_found',
  'round_state',
  'conflict',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
