// Enterprise staff accounts from the registry, as pure rules: the login and display name an enterprise's
// account gets, what a chunk does with each enterprise, and the invitation sheet as a table and per street.
import type { InvitationLine, InvitationSheet } from '../../shared/schemas/enterprise-accounts';
import { header, type ExportTable } from './export-table';

/** One login per enterprise, stable across rounds: ent- and the credit code (lower case, as logins are). */
export const enterpriseLogin = (creditCode: string) => `ent-${creditCode.toLowerCase()}`;

const MAX_NAME = 80;
/** The registry's contact and the enterprise, as far as a display name holds. */
export function enterpriseAccountName(enterpriseName: string, contactName: string | null): string {
  const name = contactName?.trim() ? `${contactName.trim()}(${enterpriseName})` : enterpriseName;
  return name.length <= MAX_NAME ? name : `${name.slice(0, MAX_NAME - 1)}…`;
}

/** An enterprise of the chunk with what the database says about its account in the round. */
export type AccountCandidate = {
  enterpriseId: number;
  /** Someone holds the enterprise role for it in this round already. */
  hasStaff: boolean;
  /** The user with its login, when there is one, and whether they hold any role in this round or are an administrator. */
  loginUser: { id: number; inRound: boolean; isAdmin: boolean } | null;
};

export type AccountPlan = 'create' | 'give_role' | 'skip';

/** Create the account and role; give an existing ent- account the role; or leave the enterprise as it is. */
export function accountPlan(candidate: AccountCandidate): AccountPlan {
  if (candidate.hasStaff) return 'skip';
  if (!candidate.loginUser) return 'create';
  return candidate.loginUser.inRound || candidate.loginUser.isAdmin ? 'skip' : 'give_role';
}

/** The sheet's lines per street (streets and enterprises in name order), for a printable page each. */
export function invitationSheet(lines: readonly InvitationLine[], expiresAt: string): InvitationSheet {
  const byStreet = new Map<string, InvitationLine[]>();
  for (const line of [...lines].sort((a, b) => a.enterprise.name.localeCompare(b.enterprise.name, 'zh'))) {
    byStreet.set(line.enterprise.street, [...(byStreet.get(line.enterprise.street) ?? []), line]);
  }
  const streets = [...byStreet].sort(([a], [b]) => a.localeCompare(b, 'zh')).map(([street, items]) => ({ street, items }));
  return { expiresAt, count: lines.length, streets };
}

/** The sheet as a table for the CSV and XLSX downloads (the export machinery's shape). */
export function invitationTable(sheet: InvitationSheet): ExportTable {
  return {
    sheet: '邀请码',
    columns: [
      header('街镇', 'Street', 12),
      header('企业名称', 'Enterprise', 30),
      header('统一社会信用代码', 'Credit code', 22),
      header('联系人', 'Contact', 12),
      header('联系电话', 'Phone', 16),
      header('登录名', 'Login', 26),
      header('邀请码', 'Invitation code', 26),
      header('设置密码链接', 'Set-password link', 60),
      header('有效期至', 'Valid until', 22),
    ],
    rows: sheet.streets.flatMap(({ street, items }) =>
      items.map((l) => [street, l.enterprise.name, l.enterprise.creditCode, l.contactName, l.contactPhone, l.login, l.code, l.link, sheet.expiresAt]),
    ),
  };
}
