// What each way of failing to read a report means, for people (the code stays in `reason` for clients).
import { megabytes, type FinderSettings } from './settings';

export function failureMessage(reason: string, settings: FinderSettings): string {
  const status = /^http_(\d+)$/.exec(reason)?.[1];
  if (status) return `The server answered HTTP ${status}`;
  const messages: Record<string, string> = {
    too_large: `The file is larger than the ${megabytes(settings.maxBytes)} the finder reads`,
    timeout: `The server did not answer within ${settings.timeoutMs / 1000} s`,
    network: 'The server could not be reached',
    refused_host: 'The address is not a public web site',
    outside_only_hosts: 'This worker reads only the hosts FETCH_ONLY_HOSTS names (local development: the demo site)',
    invalid_url: 'The address is not a valid URL',
    not_http: 'Only http and https addresses are read',
    credentials: 'Addresses with a user name or password are not read',
    too_many_redirects: 'The address redirects too many times',
    unsupported_type: 'The finder reads HTML pages and PDFs only',
    empty: 'The server answered with an empty body',
    worker_stopped: `Reading the report stopped the worker ${settings.maxAttempts} times (too big or too complex to read within the limits)`,
    gave_up: `Reading the report failed ${settings.maxAttempts} times`,
  };
  return messages[reason] ?? reason;
}
