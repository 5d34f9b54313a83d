import { I18nProvider } from '../../components/i18n-context';
import { OptionsPage } from '../../components/options/options-page';

/** The options page reads and writes extension storage only; the database stays the background's. */
export function App() {
  return (
    <I18nProvider>
      <OptionsPage />
    </I18nProvider>
  );
}
