import { describe, expect, it } from 'vitest';
import { queueKeyAction, step } from '../../extension/lib/queue-keys';

const key = (k: string, target: { tagName?: string; isContentEditable?: boolean } | null = { tagName: 'BODY' }, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...mods,
});

describe('the queue keys', () => {
  it('walks with j and k and settles with s', () => {
    expect(queueKeyAction(key('j'))).toBe('next');
    expect(queueKeyAction(key('k'))).toBe('previous');
    expect(queueKeyAction(key('s'))).toBe('settle');
    expect(queueKeyAction(key('x'))).toBeNull();
  });

  it('ignores them while the reader types, and with a modifier (the browser’s own shortcuts)', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(queueKeyAction(key('j', { tagName }))).toBeNull();
    expect(queueKeyAction(key('s', { tagName: 'DIV', isContentEditable: true }))).toBeNull();
    expect(queueKeyAction(key('s', { tagName: 'BODY' }, { ctrlKey: true }))).toBeNull();
    expect(queueKeyAction(key('j', { tagName: 'BODY' }, { metaKey: true }))).toBeNull();
    expect(queueKeyAction(key('j', null))).toBe('next');
  });

  it('starts at the first item and stays inside the list', () => {
    expect(step(-1, 3, 'next')).toBe(0);
    expect(step(-1, 3, 'previous')).toBe(0);
    expect(step(0, 3, 'next')).toBe(1);
    expect(step(2, 3, 'next')).toBe(2);
    expect(step(0, 3, 'previous')).toBe(0);
    expect(step(-1, 0, 'next')).toBe(-1);
  });
});
