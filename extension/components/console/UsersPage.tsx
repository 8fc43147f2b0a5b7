/** Accounts for administrators: the user list with its actions, and the form that creates an account. */
import { i18n } from '#i18n';
import { PageHeader } from './PageHeader';
import { UserCreateForm } from './UserCreateForm';
import { UserTable } from './UserTable';

export function UsersPage() {
  return (
    <section>
      <PageHeader title={i18n.t('console.users.title')} subtitle={i18n.t('console.users.subtitle')} />
      <UserCreateForm />
      <UserTable />
    </section>
  );
}
