import { useState } from 'react';
import type { GlossaryEntry } from '../../core/translation/types';
import { useI18n } from '../i18n-context';
import { LANGUAGES } from './agent-languages';
import { Button, inputClass, Section } from './controls';
import type { FieldErrors } from './options-draft';

/** Term pairs and never-translate words, applied by the background to every provider. */
export function GlossarySection({
  glossary,
  doNotTranslate,
  errors,
  onGlossary,
  onDoNotTranslate,
}: {
  glossary: GlossaryEntry[];
  doNotTranslate: string[];
  errors: FieldErrors;
  onGlossary: (glossary: GlossaryEntry[]) => void;
  onDoNotTranslate: (words: string[]) => void;
}) {
  const { t } = useI18n();
  const [word, setWord] = useState('');

  const setRow = (index: number, change: Partial<GlossaryEntry>) =>
    onGlossary(glossary.map((row, i) => (i === index ? { ...row, ...change } : row)));

  // A pasted list ("Anker, PowerCore 10000") becomes several words.
  const addWords = () => {
    const words = word
      .split(/[,，、\n]/)
      .map((w) => w.trim())
      .filter(Boolean);
    if (words.length === 0) return;
    onDoNotTranslate([...new Set([...doNotTranslate, ...words])]);
    setWord('');
  };

  return (
    <Section title={t('optGlossaryTitle')} hint={t('optGlossaryHint')} testId="section-glossary">
      <div className="space-y-2">
        {glossary.length === 0 && <p className="text-[12px] text-slate-400">{t('optGlossaryEmpty')}</p>}
        {glossary.length > 0 && (
          <div className="grid grid-cols-[minmax(0,1fr)_16px_minmax(0,1fr)_150px_32px] items-center gap-x-2 gap-y-1.5">
            <span className="text-[11.5px] font-medium text-slate-500">{t('optGlossarySource')}</span>
            <span />
            <span className="text-[11.5px] font-medium text-slate-500">{t('optGlossaryTarget')}</span>
            <span className="text-[11.5px] font-medium text-slate-500">{t('optGlossaryLang')}</span>
            <span />
            {glossary.map((row, index) => {
              const error = errors[`glossary.${index}`];
              return (
                <GlossaryRow key={index}>
                  <input
                    data-testid={`glossary-source-${index}`}
                    aria-label={`${t('optGlossarySource')} ${index + 1}`}
                    value={row.source}
                    onChange={(e) => setRow(index, { source: e.target.value })}
                    className={inputClass(Boolean(error) && !row.source.trim())}
                  />
                  <span aria-hidden="true" className="text-center text-slate-400">
                    →
                  </span>
                  <input
                    data-testid={`glossary-target-${index}`}
                    aria-label={`${t('optGlossaryTarget')} ${index + 1}`}
                    value={row.target}
                    onChange={(e) => setRow(index, { target: e.target.value })}
                    className={inputClass(Boolean(error) && !row.target.trim())}
                  />
                  <select
                    aria-label={`${t('optGlossaryLang')} ${index + 1}`}
                    value={row.lang ?? ''}
                    onChange={(e) => setRow(index, { lang: e.target.value || undefined })}
                    className={inputClass()}
                  >
                    <option value="">{t('optGlossaryAnyLanguage')}</option>
                    {LANGUAGES.map((l) => (
                      <option key={l.code} value={l.code}>
                        {l.name}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    aria-label={t('optGlossaryRemove', { n: index + 1 })}
                    title={t('optGlossaryRemove', { n: index + 1 })}
                    onClick={() => onGlossary(glossary.filter((_, i) => i !== index))}
                    className="flex size-8 items-center justify-center rounded-md text-[15px] text-slate-400 hover:bg-red-50 hover:text-red-600"
                  >
                    ×
                  </button>
                  {error && (
                    <p
                      className="col-span-5 -mt-1 text-[11.5px] text-red-600"
                      data-testid={`error-glossary-${index}`}
                    >
                      {t(error)}
                    </p>
                  )}
                </GlossaryRow>
              );
            })}
          </div>
        )}
        <Button
          tone="quiet"
          testId="glossary-add"
          onClick={() => onGlossary([...glossary, { source: '', target: '' }])}
        >
          + {t('optGlossaryAdd')}
        </Button>
      </div>

      <div className="mt-4 border-t border-slate-100 pt-4">
        <h3 className="text-[12.5px] font-semibold text-slate-800">{t('optDntTitle')}</h3>
        <p className="mt-0.5 text-[11.5px] text-slate-500">{t('optDntHint')}</p>
        {doNotTranslate.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-1.5" data-testid="dnt-list">
            {doNotTranslate.map((w) => (
              <li
                key={w}
                className="flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-2.5 text-[12px] text-slate-700"
              >
                <span>{w}</span>
                <button
                  type="button"
                  aria-label={t('optDntRemove', { word: w })}
                  title={t('optDntRemove', { word: w })}
                  onClick={() => onDoNotTranslate(doNotTranslate.filter((x) => x !== w))}
                  className="flex size-5 items-center justify-center rounded-full text-slate-400 hover:bg-slate-200 hover:text-slate-700"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-2 flex max-w-md gap-2">
          <input
            data-testid="dnt-input"
            aria-label={t('optDntTitle')}
            value={word}
            onChange={(e) => setWord(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addWords();
              }
            }}
            placeholder={t('optDntPlaceholder')}
            className={inputClass()}
          />
          <Button testId="dnt-add" onClick={addWords} disabled={!word.trim()}>
            {t('optDntAdd')}
          </Button>
        </div>
      </div>
    </Section>
  );
}

/** The cells of one row sit directly in the parent grid. */
function GlossaryRow({ children }: { children: React.ReactNode }) {
  return <div className="contents">{children}</div>;
}
