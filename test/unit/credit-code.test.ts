import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem } from '../../shared/domain/credit-code';

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
    ['9144030071526726XH', 'check_digit'],
    ['91350100M000100Y44', 'check_digit'],
  ])('rejects %s (%s)', (code, problem) => expect(creditCodeProblem(code)).toBe(problem));

  it('computes the check character, 0 when the sum is a multiple of 31', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('91310114MA1GU1234')).toBe('0');
    expect(creditCodeCheckChar('9135010OM000100Y4')).toBeNull();
  });
});
