// Access rows for indicator frameworks (a draft and a published version are separate targets) and for
// the enterprise registry outside any round.
import { enterpriseOf, type RouteRow } from '../row';
import { enterpriseCsv, freshEnterprise, freshFramework, frameworkDoc, newEnterprise } from '../targets';
import type { AccessWorld } from '../world';

const published = (w: AccessWorld) => ({ params: { id: w.frameworkId } });
const draft = (w: AccessWorld) => ({ params: { id: w.draftFrameworkId } });

export const frameworkRows: RouteRow[] = [
  { method: 'GET', route: '/frameworks', allow: 'signed-in', ok: 200 },
  { method: 'GET', route: '/frameworks/:id', target: 'published', allow: 'signed-in', ok: 200, call: published },
  { method: 'GET', route: '/frameworks/:id', target: 'draft', allow: ['admin'], ok: 200, call: draft },
  { method: 'GET', route: '/frameworks/:id/export', target: 'published', allow: 'signed-in', ok: 200, call: published },
  { method: 'GET', route: '/frameworks/:id/export', target: 'draft', allow: ['admin'], ok: 200, call: draft },
  { method: 'POST', route: '/frameworks/import', allow: ['admin'], ok: 201, audit: 'framework.import', call: () => ({ body: { document: frameworkDoc() } }) },
  {
    method: 'PUT',
    route: '/frameworks/:id',
    target: 'draft',
    allow: ['admin'],
    ok: 200,
    audit: 'framework.update',
    call: async (w) => {
      const { id, doc } = await freshFramework(w, 'draft');
      return { params: { id }, body: { revision: 1, document: { ...doc, name: { zh: '改名', en: 'Renamed' } } } };
    },
  },
  {
    method: 'PUT',
    route: '/frameworks/:id',
    target: 'published',
    allow: [],
    ok: 200,
    audit: 'framework.update',
    call: (w) => ({ ...published(w), body: { revision: 1, document: frameworkDoc('mini-csr') } }),
  },
  { method: 'POST', route: '/frameworks/:id/publish', target: 'draft', allow: ['admin'], ok: 200, audit: 'framework.publish', call: async (w) => ({ params: { id: (await freshFramework(w, 'draft')).id } }) },
  { method: 'POST', route: '/frameworks/:id/publish', target: 'published', allow: [], ok: 200, audit: 'framework.publish', call: published },
  {
    method: 'POST',
    route: '/frameworks/:id/drafts',
    target: 'published',
    allow: ['admin'],
    ok: 201,
    audit: 'framework.derive',
    call: async (w) => ({ params: { id: (await freshFramework(w, 'published')).id } }),
  },

  // The registry
  { method: 'GET', route: '/enterprises', allow: ['admin'], ok: 200 },
  { method: 'GET', route: '/enterprises/:id', allow: ['admin'], ok: 200, call: (w) => ({ params: { id: enterpriseOf(w, 'huaxin') } }) },
  { method: 'POST', route: '/enterprises', allow: ['admin'], ok: 201, audit: 'enterprise.create', call: () => ({ body: newEnterprise() }) },
  { method: 'POST', route: '/enterprises/import', allow: ['admin'], ok: 200, audit: 'enterprise.import', call: () => ({ body: enterpriseCsv() }) },
  {
    method: 'PATCH',
    route: '/enterprises/:id',
    allow: ['admin'],
    ok: 200,
    audit: 'enterprise.update',
    call: async (w) => ({ params: { id: await freshEnterprise(w) }, body: { contactName: '张敏', version: 1 } }),
  },
  { method: 'DELETE', route: '/enterprises/:id', allow: ['admin'], ok: 204, audit: 'enterprise.delete', call: async (w) => ({ params: { id: await freshEnterprise(w) } }) },
];
