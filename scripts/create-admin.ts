// `npm run create-admin -- --login <login> --name <name> [--remote] [--reset]`: the first administrator of a
// deployment, made through wrangler, with a one-time invite code printed here and only its hash stored.
import { parseArgs } from 'node:util';
import { DisplayName, UserLogin } from '../shared/schemas/users';
import { INVITE_DAYS, issueInvite } from '../worker/auth/invites';
import { firstAdminSql } from './lib/first-admin';
import { persistArgs, runWrangler } from './lib/wrangler';

const usage = `Usage: npm run create-admin -- --login <login> --name <display name> [--remote] [--reset] [--persist-to <dir>]
  --remote      the deployed D1 (after \`wrangler login\`); without it, the local one of \`npm run dev\`
  --reset       a new code for an existing admin who lost their password`;

const { values } = parseArgs({
  options: {
    login: { type: 'string' },
    name: { type: 'string' },
    remote: { type: 'boolean', default: false },
    reset: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
  },
});
const login = UserLogin.safeParse(values.login ?? '');
const displayName = DisplayName.safeParse(values.name ?? values.login ?? '');
if (!login.success || !displayName.success) {
  console.error(`${login.error?.issues[0]?.message ?? displayName.error?.issues[0]?.message}\n\n${usage}`);
  process.exit(2);
}

const invite = await issueInvite();
const sql = firstAdminSql({ login: login.data, displayName: displayName.data, codeHash: invite.codeHash, expiresAt: invite.expiresAt, reset: values.reset });
const where = values.remote ? ['--remote'] : ['--local', ...persistArgs(values['persist-to'])];
const output = await runWrangler(['d1', 'execute', 'DB', ...where, '--json', '--command', sql]);
const results = JSON.parse(output) as { results: { invited?: number }[] }[];
if (results.at(-1)?.results[0]?.invited !== 1) {
  console.error(
    values.reset
      ? `No enabled administrator has the login ${login.data}.`
      : `The login ${login.data} exists already. For an admin who lost their password: add --reset.`,
  );
  process.exit(1);
}

console.log(`
${values.reset ? 'New invitation for' : 'Administrator created:'} ${login.data} (${values.remote ? 'remote' : 'local'} database)

One-time invitation code, valid ${INVITE_DAYS} days, shown only now:

    ${invite.code}

In the extension's options page: set the server address, choose "I have an invitation code",
enter the code and a new password. Sign-in follows at once.`);
