/** Accounts for administrators: the user list with its actions, and the form that creates an account. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { PageHeader } from '../common/PageHeader';
import { UserCreateForm } from './UserCreateForm';
import { UserTable } from './UserTable';

export function UsersPage({ rounds }: { rounds: Round[] }) {
  // Bumped after an account is created so the list reads its page again.
  const [generation, setGeneration] = useState(0);
  return (
    <section>
      <PageHeader title={i18n.t('console.users.title')} subtitle={i18n.t('console.users.subtitle')} />
      <UserCreateForm onCreated={() => setGeneration((g) => g + 1)} />
      <UserTable generation={generation} rounds={rounds} />
    </section>
  );
}
