// @vitest-environment happy-dom
import './i18n';
import { describe, expect, it } from 'vitest';
import type { Street } from '../../../shared/schemas/streets';
import { aliasesOf } from '../../../extension/components/console/enterprises/StreetCreateForm';
import { movedOrder } from '../../../extension/components/console/enterprises/StreetsPage';

const street = (id: number): Street => ({ id, code: null, name: `街镇${id}`, nameEn: null, position: id, aliases: [], retiredAt: null, enterprises: 0, coordinators: 0, version: 1 });

describe('the streets page', () => {
  it('moves a street one place up or down, and nowhere past either end', () => {
    const active = [street(1), street(2), street(3)];
    expect(movedOrder(active, 1, -1)).toEqual([2, 1, 3]);
    expect(movedOrder(active, 1, 1)).toEqual([1, 3, 2]);
    expect(movedOrder(active, 0, -1)).toEqual([1, 2, 3]);
    expect(movedOrder(active, 2, 1)).toEqual([1, 2, 3]);
  });

  it('reads aliases typed in one field, separated as offices separate them', () => {
    expect(aliasesOf('安亭, 安亭镇人民政府、安亭新镇;;\n嘉定')).toEqual(['安亭', '安亭镇人民政府', '安亭新镇', '嘉定']);
    expect(aliasesOf('  ')).toEqual([]);
  });
});
