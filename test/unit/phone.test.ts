import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../shared/domain/phone';
import { EnterpriseCreate, PhoneNumber } from '../../shared/schemas/enterprise';

describe('phone numbers: one stored form however they are typed', () => {
  it.each([
    ['021-59571234', '021-59571234'],
    ['021 5957 1234', '021-59571234'],
    ['(021)59571234', '021-59571234'],
    ['０２１－５９５７ １２３４', '021-59571234'],
    ['+86 21 5957 1234', '021-59571234'],
    ['0086-21-59571234', '021-59571234'],
    ['+86 (0)21 5957 1234', '021-59571234'],
    ['010 8888 6666', '010-88886666'],
    ['0512-6525 1234', '0512-65251234'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['＋８６ １３８１２３４５６７８', '13812345678'],
    ['400-820-8820', '4008208820'],
    ['+44 20 7946 0958', '+442079460958'],
    ['00852 2123 4567', '+85221234567'],
  ])('%s → %s', (typed, stored) => expect(normalizePhone(typed)).toBe(stored));

  it.each(['', 'call me', '021-5957 1234 转 8', '12', '+', '1'.repeat(21), '021–abc'])('refuses %j', (typed) => expect(normalizePhone(typed)).toBeNull());

  it('is what the enterprise schema stores, so the form, the CSV import and the comparison agree', () => {
    const same = ['021-59571234', '021 5957 1234', '０２１－５９５７ １２３４', '+86 21 5957 1234'].map((p) => PhoneNumber.parse(p));
    expect(new Set(same)).toEqual(new Set(['021-59571234']));
    const base = { creditCode: '91350100M000100Y43', name: '上海测试有限公司', industry: 'finance', street: '安亭镇' };
    expect(EnterpriseCreate.parse({ ...base, contactPhone: '+86 138 1234 5678' }).contactPhone).toBe('13812345678');
    const refused = EnterpriseCreate.safeParse({ ...base, contactPhone: 'call me' });
    expect(refused.success).toBe(false);
    expect(JSON.stringify(refused.error)).toContain('phone_invalid');
  });
});
