import { useId } from 'react';
import { isWithinWorkingHours } from '../../core/away/schedule';
import { WINDOW_HOURS_MAX, WINDOW_HOURS_MIN } from '../../core/away/settings';
import { useI18n } from '../i18n-context';
import { Button, Field, inputClass, Notice, Section, Switch } from './controls';
import { ScheduleEditor } from './replies-schedule';
import { PlatformSelect, StoreNamesEditor } from './replies-store-names';
import { type RepliesSettings, repliesProblems } from './use-replies-settings';

/**
 * "Replies & away mode": what fills the agent and store variables of templates, the trigger character of template
 * keywords, and away mode (off by default, explained honestly: it needs Chrome and a portal tab showing the
 * conversation, and it clicks Send). Saved to `local:replies` and `local:away` by the page's one Save bar
 * (use-replies-settings.ts holds the draft).
 */
export function RepliesSection({ settings }: { settings: RepliesSettings }) {
  const { t } = useI18n();
  const id = useId();
  const { reply, away, templates, editReply, editAway } = settings;
  if (!reply || !away) return null;
  const problems = repliesProblems(reply, away);
  const triggerInvalid = problems.trigger;
  const windowInvalid = problems.window;

  const templateKnown = templates === null || templates.some((tpl) => tpl.id === away.templateId);
  const offHoursNow = !isWithinWorkingHours(away.schedule, Date.now());

  return (
    <Section title={t('repliesTitle')} hint={t('repliesIntro')} testId="replies-section">
      <div className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t('replyAgentName')} htmlFor={`${id}-agent`}>
            <input
              id={`${id}-agent`}
              data-testid="replies-agent-name"
              value={reply.agentName}
              maxLength={80}
              onChange={(e) => editReply({ agentName: e.target.value })}
              className={inputClass()}
            />
          </Field>
          <Field
            label={t('replyTrigger')}
            htmlFor={`${id}-trigger`}
            hint={t('replyTriggerHint')}
            error={triggerInvalid ? t('replyTriggerHint') : undefined}
          >
            <input
              id={`${id}-trigger`}
              data-testid="replies-trigger"
              value={reply.triggerChar}
              maxLength={1}
              onChange={(e) => editReply({ triggerChar: e.target.value })}
              className={inputClass(triggerInvalid, 'w-16')}
            />
          </Field>
        </div>

        <StoreNamesEditor
          storeNames={reply.storeNames}
          onChange={(storeNames) => editReply({ storeNames })}
        />

        <div className="space-y-3 border-t border-slate-100 pt-4" data-testid="away-settings">
          <div className="flex items-start gap-3">
            <Switch
              checked={away.enabled}
              onChange={(enabled) => editAway({ enabled })}
              label={t('awayEnable')}
              testId="away-enabled"
            />
            <div className="min-w-0">
              <h3 className="text-[13px] font-semibold text-slate-900">{t('awayTitle')}</h3>
              <p className="text-[12px] text-slate-600">
                {t('awayEnable')} · {t('awayOffByDefault')}
              </p>
            </div>
          </div>
          <Notice tone="warn" testId="away-honest">
            <ul className="list-disc space-y-1 pl-4">
              <li>{t('awayHonestBrowser')}</li>
              <li>{t('awayHonestNever')}</li>
              <li>{t('awayHonestSend')}</li>
            </ul>
          </Notice>

          <div>
            <h4 className="text-[12.5px] font-semibold text-slate-800">{t('awaySchedule')}</h4>
            <p className="mb-2 text-[11.5px] text-slate-500">
              {t('awayScheduleHint')} {offHoursNow ? t('awayNowOff') : t('awayNowOn')}
            </p>
            <ScheduleEditor
              schedule={away.schedule}
              onChange={(schedule) => editAway({ schedule })}
              testId="away-schedule"
            />
          </div>

          <div>
            <h4 className="text-[12.5px] font-semibold text-slate-800">{t('awayOverrides')}</h4>
            <ul className="mt-2 space-y-3">
              {away.overrides.map((override, index) => (
                <li
                  key={index}
                  data-testid="away-override"
                  className="space-y-2 rounded-lg border border-slate-200 p-3"
                >
                  <div className="flex flex-wrap items-end gap-2">
                    <Field label={t('replyPlatform')} htmlFor={`${id}-o${index}-p`}>
                      <PlatformSelect
                        id={`${id}-o${index}-p`}
                        value={override.scope.platform}
                        onChange={(platform) =>
                          editAway({
                            overrides: away.overrides.map((o, i) =>
                              i === index ? { ...o, scope: { ...o.scope, platform } } : o,
                            ),
                          })
                        }
                      />
                    </Field>
                    <Field label={t('replySite')} htmlFor={`${id}-o${index}-s`}>
                      <input
                        id={`${id}-o${index}-s`}
                        value={override.scope.site ?? ''}
                        placeholder="amazon.de"
                        onChange={(e) =>
                          editAway({
                            overrides: away.overrides.map((o, i) =>
                              i === index
                                ? {
                                    ...o,
                                    scope: {
                                      ...o.scope,
                                      site: e.target.value.trim().toLowerCase() || undefined,
                                    },
                                  }
                                : o,
                            ),
                          })
                        }
                        className={inputClass(false, 'w-40')}
                      />
                    </Field>
                    <Field label={t('replyShop')} htmlFor={`${id}-o${index}-h`}>
                      <input
                        id={`${id}-o${index}-h`}
                        value={override.scope.shop ?? ''}
                        onChange={(e) =>
                          editAway({
                            overrides: away.overrides.map((o, i) =>
                              i === index
                                ? { ...o, scope: { ...o.scope, shop: e.target.value || undefined } }
                                : o,
                            ),
                          })
                        }
                        className={inputClass(false, 'w-40')}
                      />
                    </Field>
                    <Button
                      tone="danger"
                      onClick={() => editAway({ overrides: away.overrides.filter((_, i) => i !== index) })}
                    >
                      {t('replyRemove')}
                    </Button>
                  </div>
                  <ScheduleEditor
                    schedule={override.schedule}
                    onChange={(schedule) =>
                      editAway({
                        overrides: away.overrides.map((o, i) => (i === index ? { ...o, schedule } : o)),
                      })
                    }
                    testId={`away-override-${index}`}
                  />
                </li>
              ))}
            </ul>
            <Button
              tone="quiet"
              testId="away-override-add"
              onClick={() =>
                editAway({
                  overrides: [
                    ...away.overrides,
                    { scope: { platform: 'amazon' }, schedule: structuredClone(away.schedule) },
                  ],
                })
              }
            >
              {t('awayOverrideAdd')}
            </Button>
          </div>

          <div className="grid gap-3 sm:grid-cols-2">
            <Field
              label={t('awayTemplate')}
              htmlFor={`${id}-template`}
              error={templateKnown ? undefined : t('awayTemplateMissing')}
            >
              <select
                id={`${id}-template`}
                data-testid="away-template"
                value={away.templateId}
                onChange={(e) => editAway({ templateId: e.target.value })}
                className={inputClass(!templateKnown)}
              >
                {!templateKnown && <option value={away.templateId}>{away.templateId}</option>}
                {(templates ?? [])
                  .slice()
                  .sort((a, b) => Number(b.category === 'off-hours') - Number(a.category === 'off-hours'))
                  .map((tpl) => (
                    <option key={tpl.id} value={tpl.id}>
                      {tpl.name}
                    </option>
                  ))}
              </select>
            </Field>
            <Field
              label={t('awayWindow')}
              htmlFor={`${id}-window`}
              error={windowInvalid ? `${WINDOW_HOURS_MIN}–${WINDOW_HOURS_MAX}` : undefined}
            >
              <input
                id={`${id}-window`}
                data-testid="away-window"
                type="number"
                min={WINDOW_HOURS_MIN}
                max={WINDOW_HOURS_MAX}
                value={Number.isFinite(away.windowHours) ? away.windowHours : ''}
                onChange={(e) => editAway({ windowHours: e.target.valueAsNumber })}
                className={inputClass(windowInvalid, 'w-24')}
              />
            </Field>
          </div>
        </div>
      </div>
    </Section>
  );
}
