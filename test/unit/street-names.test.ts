import { describe, expect, it } from 'vitest';
import { nameSimilarity, nearestStreets, spellingClashes, streetIndex, streetKey } from '../../shared/domain/street-names';
import { jiadingStreets } from '../../worker/seed/jiading-streets';

const registry = jiadingStreets.map((s, i) => ({ id: i + 1, name: s.name, aliases: s.aliases }));
const index = streetIndex(registry);
const find = (typed: string) => index.get(streetKey(typed))?.name ?? null;

describe('street names as offices type them', () => {
  it.each([
    ['安亭镇', '安亭镇'],
    ['安亭', '安亭镇'],
    [' 安 亭 镇 ', '安亭镇'],
    ['嘉定新城', '马陆镇'],
    ['嘉定新城(马陆镇)', '马陆镇'],
    ['嘉定新城（马陆镇）', '马陆镇'],
    ['菊园新区管委会', '菊园新区'],
    ['不存在镇', null],
    ['安亭镇镇', null],
  ])('reads %s as %s', (typed, official) => expect(find(typed)).toBe(official));

  it.each([
    ['安停镇', ['安亭镇']],
    ['马路镇', ['马陆镇']],
    ['南翔古镇', ['南翔镇']],
    ['嘉定新成', ['马陆镇', '嘉定镇街道', '新成路街道']],
    ['江桥街道', ['江桥镇']],
    ['不存在镇', []],
    ['镇', []],
  ])('suggests for %s: %j', (typed, expected) => expect(nearestStreets(registry, typed)).toEqual(expected));

  it('weighs what distinguishes a name, not the 镇 or 街道 every name ends with', () => {
    expect(nameSimilarity('外冈镇', '外冈')).toBe(1);
    expect(nameSimilarity('不存在镇', '华亭镇')).toBe(0);
  });

  it('finds names and aliases another street already goes by', () => {
    expect(spellingClashes(registry, { name: '新镇', aliases: ['安亭', '新镇 ', '测试'] })).toEqual([
      { field: 'aliases', index: 0, spelling: '安亭', takenBy: '安亭镇' },
      { field: 'aliases', index: 1, spelling: '新镇 ', takenBy: '新镇' },
    ]);
    expect(spellingClashes(registry, { id: 5, name: '安亭镇', aliases: ['安亭'] })).toEqual([]);
    expect(spellingClashes(registry, { name: '马陆', aliases: [] })).toEqual([{ field: 'name', index: -1, spelling: '马陆', takenBy: '马陆镇' }]);
  });
});
