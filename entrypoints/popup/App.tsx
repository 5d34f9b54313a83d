import { DbProvider } from '../../components/db-context';
import { I18nProvider } from '../../components/i18n-context';
import { ManagerDashboard } from '../../components/manager-dashboard';
import type { AppDb } from '../../storage/db';

export function App({ db }: { db: AppDb }) {
  return (
    <DbProvider db={db}>
      <I18nProvider>
        <ManagerDashboard />
      </I18nProvider>
    </DbProvider>
  );
}
