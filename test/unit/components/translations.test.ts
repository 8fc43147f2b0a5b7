// Every error code the worker can answer with, every field-problem code and reason, every import note, every
// enumerated value of the shared schemas that reaches users and every audit action and resource has its words in
// both languages the extension speaks: none is missing, none falls back to the raw code, none keeps a placeholder.
// The fake browser's UI language and messages, set before any extension module reads them.
import './i18n';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { actionLabel, resourceLabel } from '../../../extension/lib/audit-actions';
import { auditValue } from '../../../extension/lib/audit-changes';
import { enumLabels, type LabelledEnum } from '../../../extension/lib/enum-labels';
import { errorText, fieldLabel, importNoteText, issueText } from '../../../extension/lib/error-text';
import { auditActions, auditResourceTypes, signInFailures } from '../../../shared/audit-actions';
import { errorCodes } from '../../../shared/errors';
import { industryNames, type Industry } from '../../../shared/industries';
import { importNoteReasons, issueReasons, zodIssueCodes } from '../../../shared/issues';

const locales = { zh_CN: 'zh', en: 'en' } as const;
const messagesOf = async (file: string) => generateChromeMessages(await parseMessagesFile(join(import.meta.dirname, `../../../extension/locales/${file}.yml`)));
const catalogues = Object.fromEntries(await Promise.all(Object.keys(locales).map(async (file) => [file, await messagesOf(file)] as const)));

/** Makes the fake browser answer from one locale's messages, as Chrome does for that UI language. */
function speak(file: keyof typeof locales) {
  const messages = catalogues[file]!;
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (messages[key.replaceAll('.', '_')]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

const cjk = /[\u4e00-\u9fff]/;
/** Text a user may be shown: there, not the code itself, no placeholder left, Chinese in the Chinese UI. */
function expectWords(text: string, code: string, file: keyof typeof locales) {
  expect(text, `${code} has no words in ${file}`).not.toBe('');
  expect(text, `${code} shows its raw code in ${file}`).not.toBe(code);
  expect(text, `${code} keeps a placeholder in ${file}`).not.toMatch(/\$\d|\$[A-Z]/);
  if (file === 'zh_CN') expect(text, `${code} is not Chinese in ${file}`).toMatch(cjk);
}

/** Params for every placeholder a reason's message may have. */
const sample = { value: 'x', values: ['a', 'b'], street: '安亭镇', suggestions: ['安亭镇'], length: 17, characters: ['I'], expected: 3, maximum: 10, levelZh: '达标', levelEn: 'Met', first: 2, owner: 'C', accepted: ['街镇'], code: 'C' };

describe.each(Object.keys(locales) as (keyof typeof locales)[])('the %s locale', (file) => {
  it('words every error code the worker can answer with, and a network failure', () => {
    speak(file);
    for (const code of [...errorCodes, 'network'] as const) expectWords(errorText({ code }), code, file);
  });

  it('words every field problem: zod’s codes, for strings, numbers and lists, and every reason of ours', () => {
    speak(file);
    for (const code of zodIssueCodes) {
      for (const origin of ['string', 'number', 'array']) expectWords(issueText({ path: 'name', code, params: { origin, minimum: 2, maximum: 9, values: ['small'] }, message: '' }), code, file);
    }
    expectWords(issueText({ path: 'name', code: 'invalid_type', message: 'Invalid input: expected string, received undefined' }), 'required', file);
    for (const reason of issueReasons) expectWords(issueText({ path: 'x', code: 'custom', reason, params: sample, message: '' }), reason, file);
    expectWords(issueText({ path: 'street', code: 'custom', reason: 'street_unknown', params: { value: '不存在镇', suggestions: [] }, message: '' }), 'street_unknown', file);
  });

  it('words every note of the import', () => {
    speak(file);
    for (const reason of importNoteReasons) expectWords(importNoteText({ row: 2, column: '街镇', reason, params: { value: 'x', code: 'C', street: '安亭镇', industry: 'food' } }), reason, file);
  });

  it('words every value of every enum that reaches users', () => {
    speak(file);
    for (const [name, { values, label }] of Object.entries(enumLabels) as [LabelledEnum, { values: readonly string[]; label: (v: string) => string }][]) {
      // Industries carry both languages in shared/industries.ts (the UI picks by its language, fixed here to English).
      if (name === 'industry') for (const value of values) expectWords(industryNames[value as Industry][locales[file]], `${name}.${value}`, file);
      else for (const value of values) expectWords(label(value), `${name}.${value}`, file);
    }
  });

  it('words every audit action, resource type and failure reason', () => {
    speak(file);
    for (const action of auditActions) expectWords(actionLabel(action), action, file);
    for (const type of auditResourceTypes) expectWords(resourceLabel(type), type, file);
    for (const reason of signInFailures) expectWords(auditValue('login', 'reason', reason)!, reason, file);
  });

  it('names the fields problems and audit changes are about', () => {
    speak(file);
    for (const field of ['creditCode', 'street', 'streetId', 'contactPhone', 'status', 'role', 'aliases', 'evidenceIds', 'tz']) expectWords(fieldLabel(field)!, field, file);
  });
});
