import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, normalizeCreditCode } from '../../shared/domain/credit-code';
import { CreditCode } from '../../shared/schemas/enterprise';

/** The params of the first (custom) issue of a failed parse. */
const paramsOf = (input: string) => (CreditCode.safeParse(input).error!.issues[0] as { params?: Record<string, unknown> }).params;

describe('unified social credit code (GB 32100-2015)', () => {
  // Published codes of real organisations; the first is the worked example of the standard's annex.
  it.each(['91350100M000100Y43', '9144030071526726XG', '91330100799655058B', '911100001011596199', '91110108551385082Q'])(
    'accepts %s',
    (code) => expect(creditCodeProblem(code)).toBeNull(),
  );

  it('accepts lower case and surrounding spaces', () => expect(creditCodeProblem(' 9144030071526726xg ')).toBeNull());

  it.each([
    ['9144030071526726X', 'length'],
    ['9144030071526726XGG', 'length'],
    ['914403007152672IXG', 'characters'],
    ['9144030071526726XO', 'characters'],
    ['91A4030071526726XG', 'area'],
    ['9144030071526726XH', 'check_digit'],
    ['91350100M000100Y44', 'check_digit'],
    ['000000000000000000', 'zero'],
  ])('rejects %s (%s)', (code, problem) => expect(creditCodeProblem(code)).toBe(problem));

  it('computes the check character, 0 when the sum is a multiple of 31', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91310114MA1GU1234')).toBe('0');
    expect(creditCodeCheckChar('9135010OM000100Y4')).toBeNull();
  });
});

describe('a credit code as people type it', () => {
  it.each([
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43', false],
    ['９１３５０１００ｍ０００１００ｙ４３', '91350100M000100Y43', false],
    ['9135 0100 M000 100Y 43', '91350100M000100Y43', true],
    ['913501-00M000-100Y43', '91350100M000100Y43', true],
    ['９１３５０１００－Ｍ０００１００Ｙ４３', '91350100M000100Y43', true],
    ['\u30009135\u30000100M000100Y43 ', '91350100M000100Y43', true],
  ])('reads %s as %s (cleaned inside: %s)', (typed, code, cleaned) => {
    expect(normalizeCreditCode(typed)).toEqual({ code, cleaned });
    expect(creditCodeProblem(typed)).toBeNull();
  });

  it('accepts a full-width code through the schema and stores it half-width', () => {
    expect(CreditCode.parse('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });

  it('names the characters a code cannot have, never I/O/S/V/Z for a full-width code', () => {
    const fullWidthBad = CreditCode.safeParse('９１３５０１００Ｍ０００１００Ｙ４４');
    expect(fullWidthBad.success).toBe(false);
    expect(paramsOf('９１３５０１００Ｍ０００１００Ｙ４４')).toMatchObject({ reason: 'credit_code_check_digit' });
    expect(fullWidthBad.error!.issues[0]!.message).not.toMatch(/I, O, S, V, Z/);
    expect(paramsOf('9135010０M０００１００Y4中')).toMatchObject({ reason: 'credit_code_characters', characters: ['中'] });
  });

  it('refuses the all-zero code, whose check character happens to fit', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
    expect(paramsOf('000000000000000000')).toMatchObject({ reason: 'credit_code_zero' });
  });
});
