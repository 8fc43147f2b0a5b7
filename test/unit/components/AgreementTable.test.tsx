// @vitest-environment happy-dom
import './i18n';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AgreementTable } from '../../../extension/components/console/results/AgreementTable';
import type { RoundAgreement } from '../../../shared/schemas/agreement';

afterEach(cleanup);

const icc = (single: number | null, average: number | null) => ({ single, average, units: 40, raters: 3 });
const agreement: RoundAgreement = {
  roundId: 1,
  metric: 'ordinal',
  computedAt: '2026-11-20T08:00:00.000Z',
  elapsedMs: 12,
  round: { metric: 'ordinal', alpha: 0.7812, units: 120, pairable: 360, icc: icc(0.7321, 0.8912), intervalAlpha: 0.7459 },
  dimensions: [{ id: 1, code: 'STAFF', name: { zh: '员工责任', en: 'Staff' }, metric: 'ordinal', alpha: 0.8, units: 40, pairable: 120, icc: icc(0.75, 0.9) }],
  indicators: [
    { id: 11, code: 'STAFF.1.1', name: { zh: '劳动合同', en: 'Contracts' }, dimensionId: 1, metric: 'ordinal', alpha: 0.81, units: 20, pairable: 60, icc: icc(0.7, 0.875) },
    { id: 12, code: 'STAFF.1.2', name: { zh: '社会保险', en: 'Insurance' }, dimensionId: 1, metric: 'interval', alpha: null, units: 1, pairable: 2, icc: icc(null, null) },
  ],
  experts: [{ expert: { id: 5, displayName: '李专家' }, pairable: 80, alphaWithout: 0.7, meanDifference: -0.05 }],
  enterprise: null,
};

describe('AgreementTable', () => {
  it("shows each figure's metric, alpha and ICC(2,1) and ICC(2,k) beside it", () => {
    const { container, getByTestId } = render(<AgreementTable agreement={agreement} />);
    expect(getByTestId('round-figures').textContent).toBe('Round: α (ordinal) 0.781 · ICC(2,1) 0.732 · ICC(2,k) 0.891 (k = 3.0)');
    const cells = (code: string) => [...container.querySelectorAll('tr')].find((tr) => tr.textContent!.startsWith(code))!.querySelectorAll('td');
    expect([...cells('STAFF.1.1')].map((td) => td.textContent)).toEqual(['STAFF.1.1 Contracts', 'ordinal', '0.810', '0.700', '0.875', '3.0', '20', '60']);
    expect([...cells('STAFF.1.2')].map((td) => td.textContent).slice(1, 5)).toEqual(['interval', '—', '—', '—']);
    for (const header of ['ICC(2,1)', 'ICC(2,k)', 'Metric']) expect(container.querySelector('thead')!.textContent).toContain(header);
  });

  it("compares each expert's interval alpha without them with the round's interval alpha", () => {
    const { getByTestId, container } = render(<AgreementTable agreement={agreement} />);
    expect(getByTestId('round-interval').textContent).toContain('0.746');
    expect(container.textContent).toContain('Interval α without this expert');
  });
});
