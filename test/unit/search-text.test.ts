import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { searchForm, searchKey } from '../../shared/domain/search-text';

describe('searchForm', () => {
  it.each([
    ['ＡＢＣ１２３', 'abc123'],
    ['上海ＡＢＣ科技　有限公司', '上海abc科技 有限公司'],
    ['  Huaxin\t Auto\n', 'huaxin auto'],
    ['９１３１０１１４ＭＡ１ＧＴ３５Ｋ７Ｈ', '91310114ma1gt35k7h'],
    ['（嘉定）', '(嘉定)'],
    ['㈱', '(株)'],
    ['%_\\', '%_\\'],
  ])('%s → %s', (text, form) => expect(searchForm(text)).toBe(form));
});

describe('searchKey', () => {
  it('joins the non-empty texts one per line, so a query never matches across two', () => {
    expect(searchKey('上海ＡＢＣ', null, '', 'x1')).toBe('上海abc\nx1');
    expect(searchKey('上海华鑫', '9131').includes(searchForm('华鑫 9131'))).toBe(false);
  });
});

const migrations = join(import.meta.dirname, '..', '..', 'worker', 'migrations');

describe('the migration that fills in the keys of older rows', () => {
  it('folds full-width ASCII, the ideographic space and case as searchKey does', () => {
    const db = new DatabaseSync(':memory:');
    const files = readdirSync(migrations).filter((f) => f.endsWith('.sql')).sort();
    const run = (file: string) => db.exec(readFileSync(join(migrations, file), 'utf8').replaceAll('--> statement-breakpoint', ''));
    const backfill = files.findIndex((f) => f.includes('search_keys_backfill'));
    files.slice(0, backfill).forEach(run);
    const name = '上海ＡＢＣ１２３科技　有限公司';
    db.prepare(`INSERT INTO enterprise (credit_code, name, name_en, industry, street, size, party_org_type) VALUES (?, ?, ?, 'finance', '南翔镇', 'small', 'none')`).run('91310114MA1GT35K7H', name, 'Abc Tech');
    db.prepare(`INSERT INTO user (login, display_name) VALUES ('chief', 'ＣＨＩＥＦ 主任')`).run();
    files.slice(backfill).forEach(run);
    expect(db.prepare('SELECT search_key AS key FROM enterprise').get()).toEqual({ key: searchKey(name, 'Abc Tech', '91310114MA1GT35K7H') });
    expect(db.prepare('SELECT search_key AS key FROM user').get()).toEqual({ key: searchKey('chief', 'ＣＨＩＥＦ 主任') });
  });
});
