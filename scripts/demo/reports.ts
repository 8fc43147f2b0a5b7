// The demo enterprises' reports, attached as report links by an expert once the worker runs under `npm run dev`,
// so the evidence finder reads them (through the demo site's 127.0.0.1 addresses) and suggestions are there on
// first run. Fixed idempotency keys: a second run attaches nothing twice.
import type { IndicatorNode } from '../../shared/schemas/round';
import { signedIn } from '../lib/worker-client';
import { demoEnterprises, demoUsers } from './world';

const reports: Record<string, { path: string; title: string }[]> = {
  'huaxin-auto': [
    { path: 'csr-2025.html', title: '2025年度社会责任报告(网页版)' },
    { path: 'csr-2025-full.pdf', title: '2025年度社会责任报告(PDF版)' },
  ],
  'lvyuan-build': [{ path: 'index.html', title: '绿源建设 社会责任' }],
  'jiaan-logistics': [{ path: 'index.html', title: '嘉安物流 社会责任' }],
};

/** Attaches the reports to MGMT.1.4 (社会责任报告编制与发布) of each demo enterprise in the demo round; returns how many are new. */
export async function attachDemoReports(server: string, sitePort: number): Promise<number> {
  const expert = demoUsers.find((u) => u.login === 'expert.env')!;
  const client = await signedIn(server, expert.login, expert.password);
  const { items: rounds } = await client.get<{ items: { id: number }[] }>('/rounds');
  const roundId = rounds[0]!.id;
  const { items: tree } = await client.get<{ items: IndicatorNode[] }>(`/rounds/${roundId}/indicators`);
  const indicatorId = tree.find((i) => i.code === 'MGMT.1.4')!.id;
  let attached = 0;
  for (const enterprise of demoEnterprises) {
    const site = enterprise.domains!.find((d) => d.endsWith('.localhost'))!.split('.')[0]!;
    const { items } = await client.get<{ items: { id: number }[] }>(`/rounds/${roundId}/enterprises?q=${enterprise.creditCode}`);
    for (const [n, report] of (reports[site] ?? []).entries()) {
      const res = await client.call('POST', '/evidence', {
        roundId,
        enterpriseId: items[0]!.id,
        indicatorId,
        kind: 'report',
        url: `http://127.0.0.1:${sitePort}/${site}/${report.path}`,
        title: report.title,
        capturedAt: new Date().toISOString(),
        idempotencyKey: `demo-finder-${site}-${n}`,
      });
      if (res.status !== 200 && res.status !== 201) throw new Error(`attaching ${report.path} of ${site}: ${res.status} ${JSON.stringify(res.data)}`);
      if (res.status === 201) attached++;
    }
  }
  return attached;
}
