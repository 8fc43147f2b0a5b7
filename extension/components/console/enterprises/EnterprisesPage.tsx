/** The enterprise registry: a searchable, sortable table paged on the server, the CSV import, and a form to add or edit one. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Enterprise } from '../../../../shared/schemas/enterprise';
import { CsvImport } from './CsvImport';
import { EnterpriseForm } from './EnterpriseForm';
import { EnterpriseTable } from './EnterpriseTable';
import { PageHeader } from '../common/PageHeader';

type Panel = { kind: 'none' } | { kind: 'import' } | { kind: 'create' } | { kind: 'edit'; enterprise: Enterprise };

export function EnterprisesPage() {
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  // Bumped after a change so the table reads its page again.
  const [generation, setGeneration] = useState(0);
  const changed = () => (setGeneration((g) => g + 1), setPanel({ kind: 'none' }));
  return (
    <section>
      <PageHeader title={i18n.t('console.enterprises.title')} subtitle={i18n.t('console.enterprises.subtitle')}>
        <button type="button" onClick={() => setPanel({ kind: 'create' })}>{i18n.t('console.enterprises.create')}</button>
        <button type="button" class="primary" data-testid="open-import" onClick={() => setPanel({ kind: 'import' })}>{i18n.t('console.import.open')}</button>
      </PageHeader>
      {panel.kind === 'import' && <CsvImport onImported={() => setGeneration((g) => g + 1)} onClose={() => setPanel({ kind: 'none' })} />}
      {panel.kind === 'create' && <EnterpriseForm enterprise={null} onSaved={changed} onCancel={() => setPanel({ kind: 'none' })} />}
      {panel.kind === 'edit' && <EnterpriseForm key={panel.enterprise.id} enterprise={panel.enterprise} onSaved={changed} onCancel={() => setPanel({ kind: 'none' })} />}
      <EnterpriseTable generation={generation} onEdit={(enterprise) => setPanel({ kind: 'edit', enterprise })} />
    </section>
  );
}
