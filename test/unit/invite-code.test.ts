import { describe, expect, it } from 'vitest';
import { newInviteCode, normalizeInviteCode } from '../../shared/domain/invite-code';

describe('newInviteCode', () => {
  it('is four groups of five Crockford symbols', () => {
    expect(newInviteCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
  });

  it('takes five bits of each random byte', () => {
    expect(newInviteCode(new Uint8Array(20).fill(31))).toBe('ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ');
    expect(newInviteCode(new Uint8Array(20).fill(32))).toBe('00000-00000-00000-00000');
  });

  it('differs every time', () => {
    expect(new Set(Array.from({ length: 50 }, () => newInviteCode())).size).toBe(50);
  });
});

describe('normalizeInviteCode', () => {
  it.each([
    ['ABCDE-FGH12-34567-89XYZ', 'ABCDEFGH123456789XYZ'],
    ['abcde fgh12 34567 89xyz', 'ABCDEFGH123456789XYZ'],
    [' ab-cd\n', 'ABCD'],
    ['O0-Il', '0011'],
  ])('%j → %s', (input, normal) => expect(normalizeInviteCode(input)).toBe(normal));
});
