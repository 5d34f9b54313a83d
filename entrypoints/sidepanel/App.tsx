import { DbProvider } from '../../components/db-context';
import { I18nProvider } from '../../components/i18n-context';
import { SidePanel } from '../../components/side-panel';
import type { AppDb } from '../../storage/db';

export function App({ db }: { db: AppDb }) {
  return (
    <DbProvider db={db}>
      <I18nProvider>
        <SidePanel />
      </I18nProvider>
    </DbProvider>
  );
}
