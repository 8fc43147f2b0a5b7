import { describe, expect, it } from 'vitest';
import { whileTyping as isTyping, type QueueKeyEvent } from '../../extension/lib/queue-keys';
import { triageAction } from '../../extension/lib/triage-keys';

const press = (key: string, target: QueueKeyEvent['target'] = { tagName: 'BODY' }, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  triageAction({ key, target, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('the triage keys', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['a', 'accept'],
    ['r', 'reject'],
    ['o', 'open'],
    ['m', 'move'],
    ['x', null],
    ['J', null],
    ['Enter', null],
  ] as const)('%s → %s', (key, action) => {
    expect(press(key)).toBe(action);
  });

  it.each([
    ['an input', { tagName: 'INPUT' }],
    ['a text area', { tagName: 'TEXTAREA' }],
    ['a select', { tagName: 'SELECT' }],
    ['an editable element', { tagName: 'DIV', isContentEditable: true }],
  ])('are ignored while typing in %s', (_, target) => {
    expect(isTyping(target)).toBe(true);
    expect(press('a', target)).toBeNull();
  });

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('leave the browser its shortcuts with %s held', (modifier) => {
    expect(press('r', { tagName: 'BODY' }, { [modifier]: true })).toBeNull();
  });

  it('count a button or the page itself as not typing', () => {
    expect(isTyping({ tagName: 'BUTTON' })).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
