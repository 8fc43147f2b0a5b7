import { describe, expect, it } from 'vitest';
import { draftFor, fromDraft, parseFigure } from '../../extension/lib/report-draft';

describe('report draft', () => {
  it.each([
    ['Volunteer hours: 1,200', { label: 'Volunteer hours', value: '1,200' }],
    ['志愿服务时长：1200小时', { label: '志愿服务时长', value: '1200小时' }],
    ['1200', { label: '—', value: '1200' }],
    ['Ratio: 3:1', { label: 'Ratio', value: '3:1' }],
  ])('%s', (line, figure) => expect(parseFigure(line)).toEqual(figure));

  it('keeps one item per dimension, the saved ones filled in, and saves only what is written', () => {
    const draft = draftFor(['D1', 'D2'], [{ item: 1, dimensionCode: 'D2', done: 'Trained staff', figures: [{ label: 'People', value: '40' }], links: ['https://a.example/x'] }]);
    expect(draft).toEqual([
      { dimensionCode: 'D1', done: '', figures: '', links: '' },
      { dimensionCode: 'D2', done: 'Trained staff', figures: 'People: 40', links: 'https://a.example/x' },
    ]);
    expect(fromDraft(draft)).toEqual([{ dimensionCode: 'D2', done: 'Trained staff', figures: [{ label: 'People', value: '40' }], links: ['https://a.example/x'] }]);
  });
});
