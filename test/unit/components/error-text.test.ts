import './i18n';
import { describe, expect, it } from 'vitest';
import { errorText, fieldLabel, importNoteText, importProblemText, issueText } from '../../../extension/lib/error-text';
import { fieldIssueOf } from '../../../shared/issues';
import { EnterpriseCreate } from '../../../shared/schemas/enterprise';

describe('error texts', () => {
  it('words an error code, and a code this extension does not know as a server error', () => {
    expect(errorText({ code: 'street_in_use' })).toBe('Enterprises or coordinators still belong to this street or town, so it cannot be retired');
    expect(errorText({ code: 'brand_new_code' as never })).toBe(errorText({ code: 'internal' }));
  });

  it('words what zod found from its code and limits, never its English sentence', () => {
    const parsed = EnterpriseCreate.safeParse({ creditCode: '91310114MA1GT35K7H', name: '甲', industry: 'steel', street: '安亭镇', size: 'huge' });
    const issues = parsed.error!.issues.map(fieldIssueOf);
    const texts = Object.fromEntries(issues.map((i) => [i.path, issueText(i)]));
    expect(texts).toEqual({
      name: 'At least 2 characters',
      industry: expect.stringMatching(/^Choose one of: Manufacturing \(automotive parts\), Construction, /),
      size: 'Choose one of: Micro, Small, Medium, Large, Unknown',
    });
    for (const text of Object.values(texts)) expect(text).not.toMatch(/Too small|expected|Invalid/);
  });

  it('suggests the nearest streets for an unknown one, and words a missing field as required', () => {
    expect(issueText({ path: 'street', code: 'custom', reason: 'street_unknown', params: { value: '安停镇', suggestions: ['安亭镇'] }, message: '' })).toBe(
      '“安停镇” is not in the list of streets and towns. Did you mean: 安亭镇?',
    );
    const missing = fieldIssueOf(EnterpriseCreate.safeParse({}).error!.issues.find((i) => i.path[0] === 'name')!);
    expect(issueText(missing)).toBe('Required');
    expect(fieldLabel('domains.2')).toBe('Website domains');
  });

  it('words the import’s problems and notes', () => {
    expect(importProblemText({ field: 'creditCode', reason: 'credit_code_characters', params: { characters: ['中'] }, message: '' })).toBe('The credit code holds characters it cannot have: 中');
    expect(importProblemText({ field: 'size', reason: 'invalid_value', params: { values: ['micro', 'small'] }, message: '' })).toBe('Choose one of: Micro, Small');
    expect(importNoteText({ row: 2, column: '街镇', reason: 'street_alias', params: { value: '安亭', street: '安亭镇' } })).toBe('“安亭” filed under its official name “安亭镇”');
  });
});
