import type { Platform } from '../../core/model';
import type { PolicyFinding } from '../../core/policy/types';
import type { InsertResult, ProtocolMap, ThreadReplyContext } from '../../core/protocol';
import { chooseBody } from '../../core/templates/context';
import { fillTemplate } from '../../core/templates/fill';
import { rankTemplates, suggestTemplates } from '../../core/templates/rank';
import type {
  FilledTemplate,
  TemplateChoice,
  TemplateRecord,
  TemplateValues,
  TemplateVariable,
} from '../../core/templates/types';
import { normaliseLanguage } from '../../core/translation/agent-language';
import type { ProviderId } from '../../core/translation/types';
import type { ReplyErrorKind } from './reply-translator';
import { placeTemplate } from './template-picker';

/**
 * The template picker's controller, framework-free (the page listeners and the React panel both drive it): which
 * templates match what the agent typed, the highlighted one filled with the thread's values (and the ones the agent
 * typed for missing variables), its translation into the buyer's language when no body exists in that language, the
 * policy check of the text that would go in, and the insert into the portal's reply box — never a send.
 *
 * Choosing (Enter, Tab, Insert) runs one pipeline: missing variables stop it (the agent fills them in the preview),
 * a body in another language is translated first, a policy finding the agent has not seen yet on that exact text
 * stops it once (shown; choosing again inserts), then the text goes in where the `/keyword` was typed.
 */

export type PickerVia = 'picker' | 'keyword';

/** Where the template goes in the box: the typed `/keyword` (token) or the caret the picker was opened at. */
export interface PickerAnchor {
  start: number;
  end: number;
  /** The `/keyword` as typed: replaced by the template. */
  token?: string;
}

export interface PickerTranslation {
  phase: 'translating' | 'done' | 'error';
  target: string;
  text?: string;
  back?: string;
  provider?: ProviderId;
  error?: { kind: ReplyErrorKind; message: string };
}

export type PickerPhase = 'browsing' | 'waiting' | 'inserting' | 'inserted';

/** Why a chosen template is not inserted yet. */
export type PickerBlock = 'missing' | 'policy' | 'translation-error';

export interface PickerState {
  open: boolean;
  via: PickerVia;
  threadId?: string;
  query: string;
  anchor?: PickerAnchor;
  loading: boolean;
  loadError?: string;
  templates: TemplateRecord[];
  thread?: ThreadReplyContext;
  /** Index of the highlighted result. */
  active: number;
  /** Values the agent typed for variables the thread could not fill (shared by every template of this thread). */
  typed: TemplateValues;
  /** Translations by template, target and filled text: re-choosing never asks the provider twice. */
  translations: Record<string, PickerTranslation>;
  /** The template the agent chose, and the text whose policy findings were on screen when they did. */
  chosen?: { templateId: string; seenText?: string };
  phase: PickerPhase;
  blocked?: PickerBlock;
  insertResult?: InsertResult;
  /** What was inserted, for the confirmation (language line, back-translation). */
  inserted?: { templateId: string; text: string; translated: boolean; language: string; at: number };
  /** Bumped when the agent must type a missing value: the panel moves the focus there. */
  focusMissing: number;
}

/** The highlighted template as the preview shows it. */
export interface PickerPreview {
  template: TemplateRecord;
  choice: TemplateChoice;
  filled: FilledTemplate;
  /** The buyer's language, when known. */
  buyerLanguage?: string;
  /** The language the text goes out in: the buyer's when translated, else the body's. */
  target?: string;
  translation?: PickerTranslation;
  /** What would be inserted now: the translation when one is needed and ready, else the filled body. */
  text: string;
  /** Language of `text`. */
  textLanguage: string;
  findings: PolicyFinding[];
}

export interface PickerView {
  state: PickerState;
  results: TemplateRecord[];
  /** Ids offered for the last buyer message (empty query only). */
  suggested: ReadonlySet<string>;
  preview?: PickerPreview;
  /** The open picker takes ↑↓ Enter Tab Esc from the page (keyword mode, not after the insert). */
  capturesKeys: boolean;
}

type ListTemplates = (
  data: Parameters<ProtocolMap['listTemplates']>[0],
) => Promise<ReturnType<ProtocolMap['listTemplates']>>;
type TranslateReply = (
  data: Parameters<ProtocolMap['translateReply']>[0],
) => Promise<ReturnType<ProtocolMap['translateReply']>>;
type TemplateUsed = (data: Parameters<ProtocolMap['templateUsed']>[0]) => Promise<unknown>;

export interface PickerDeps {
  platform: Platform;
  /** The open thread and the buyer language the overlay detected (the stored thread's language wins). */
  thread: () => { threadId?: string; buyerLanguage?: string };
  /** A reply box without a thread (a first message to a buyer): the picker opens there too. */
  hasComposer: () => boolean;
  /** What fills variables without a stored thread: platform, site, agent and store name (reply settings). */
  pageValues: () => TemplateValues;
  agentLanguage: () => string;
  listTemplates: ListTemplates;
  translateReply: TranslateReply;
  templateUsed: TemplateUsed;
  /** Writes into the portal's reply box (insertFromOverlay): `text` is the reply, `compose` builds the box's text. */
  insert: (text: string, compose: (current: string) => string) => Promise<InsertResult>;
  checkPolicy: (text: string, platform: Platform, language: string | undefined) => PolicyFinding[];
}

/** The list stays short: a popover next to the reply box, not a library. */
export const MAX_RESULTS = 8;

const CLOSED: PickerState = {
  open: false,
  via: 'picker',
  query: '',
  loading: false,
  templates: [],
  active: 0,
  typed: {},
  translations: {},
  phase: 'browsing',
  focusMissing: 0,
};

export function createTemplatePicker(deps: PickerDeps) {
  let state: PickerState = CLOSED;
  let view: PickerView | undefined;
  let loadRequest = 0;
  const listeners = new Set<() => void>();

  const set = (patch: Partial<PickerState>) => {
    state = { ...state, ...patch };
    view = undefined;
    for (const listener of listeners) listener();
  };

  const buyerLanguage = () =>
    normaliseLanguage(state.thread?.language) ?? normaliseLanguage(deps.thread().buyerLanguage);

  function computeView(): PickerView {
    const language = buyerLanguage();
    let results: TemplateRecord[] = [];
    let suggested = new Set<string>();
    try {
      const classification = state.query.trim() ? undefined : state.thread?.classification;
      results = rankTemplates(state.templates, {
        query: state.query.trim(),
        platform: deps.platform,
        language,
        classification,
      })
        .slice(0, MAX_RESULTS)
        .map((r) => r.template);
      if (classification) {
        suggested = new Set(
          suggestTemplates(state.templates, classification, deps.platform, 3).map((r) => r.template.id),
        );
      }
    } catch {
      results = []; // a template library we cannot rank shows as empty, never as an error in the portal
    }
    const template = results[Math.min(state.active, results.length - 1)];
    let preview: PickerPreview | undefined;
    try {
      preview = template ? previewOf(template, language) : undefined;
    } catch {
      preview = undefined; // a template we cannot fill (malformed import) is listed but offers nothing to insert
    }
    // Still ours while the text is being written: a second Enter then would reach the page, and Shopee sends the
    // box (still "/wismo", or the template just written) on Enter.
    const capturesKeys = state.open && state.via === 'keyword' && state.phase !== 'inserted';
    return { state, results, suggested, preview, capturesKeys };
  }

  function previewOf(template: TemplateRecord, target: string | undefined): PickerPreview {
    const choice = chooseBody(template, target, deps.agentLanguage());
    const filled = fillTemplate(choice.body, {
      ...(state.thread?.values ?? deps.pageValues()),
      ...state.typed,
    });
    const needs = choice.needsTranslation && target !== undefined;
    const translation = needs
      ? state.translations[translationKey(template.id, target, filled.text)]
      : undefined;
    const translated = translation?.phase === 'done' && translation.text !== undefined;
    const text = translated ? translation.text! : filled.text;
    const textLanguage = translated ? target! : choice.language;
    let findings: PolicyFinding[] = [];
    try {
      findings = deps.checkPolicy(text, deps.platform, textLanguage);
    } catch {
      findings = [];
    }
    return {
      template,
      choice,
      filled,
      buyerLanguage: target,
      target: needs ? target : choice.language,
      translation,
      text,
      textLanguage,
      findings,
    };
  }

  function get(): PickerView {
    view ??= computeView();
    return view;
  }

  async function load(threadId: string | undefined) {
    const request = ++loadRequest;
    set({ loading: true, loadError: undefined });
    try {
      const answer = await deps.listTemplates({ platform: deps.platform, threadId });
      if (request !== loadRequest || !state.open) return;
      set({ loading: false, templates: answer.templates ?? [], thread: answer.thread });
    } catch (error) {
      if (request !== loadRequest) return;
      set({ loading: false, loadError: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Open (or, in keyword mode, follow what the agent types after the trigger). */
  function open(options: { via: PickerVia; query?: string; anchor?: PickerAnchor }) {
    const threadId = deps.thread().threadId;
    if (!threadId && !deps.hasComposer()) return;
    const query = options.query ?? '';
    if (state.open && state.threadId === threadId && state.phase !== 'inserted') {
      if (state.via === options.via && state.query === query && sameAnchor(state.anchor, options.anchor))
        return;
      set({
        via: options.via,
        query,
        anchor: options.anchor,
        active: state.query === query ? state.active : 0,
        chosen: undefined,
        blocked: undefined,
        insertResult: undefined,
      });
      return;
    }
    const sameThread = state.threadId === threadId;
    set({
      ...CLOSED,
      open: true,
      via: options.via,
      threadId,
      query,
      anchor: options.anchor,
      // The library and what the agent typed stay for the thread; counts and context are fetched again.
      templates: sameThread ? state.templates : [],
      thread: sameThread ? state.thread : undefined,
      typed: sameThread ? state.typed : {},
      translations: state.translations,
    });
    void load(threadId);
  }

  function close() {
    if (!state.open) return;
    loadRequest++;
    set({
      ...CLOSED,
      threadId: state.threadId,
      templates: state.templates,
      thread: state.thread,
      typed: state.typed,
      translations: state.translations,
    });
  }

  function setQuery(query: string) {
    if (query === state.query) return;
    set({ query, active: 0, chosen: undefined, blocked: undefined, insertResult: undefined });
  }

  function move(delta: number) {
    const count = get().results.length;
    if (count === 0) return;
    set({
      active: (state.active + delta + count) % count,
      chosen: undefined,
      blocked: undefined,
      insertResult: undefined,
    });
  }

  function setActive(index: number) {
    if (index === state.active) return;
    set({ active: index, chosen: undefined, blocked: undefined, insertResult: undefined });
  }

  function setValue(name: TemplateVariable, value: string) {
    set({
      typed: { ...state.typed, [name]: value },
      blocked: state.blocked === 'missing' ? undefined : state.blocked,
    });
  }

  /** Enter, Tab or Insert on the highlighted template. */
  function choose() {
    const preview = get().preview;
    if (!state.open || !preview || state.phase === 'inserting' || state.phase === 'waiting') return;
    const seenText = preview.findings.length > 0 ? preview.text : state.chosen?.seenText;
    let translations = state.translations;
    if (preview.translation?.phase === 'error' && preview.target) {
      // Choosing again after a failed translation asks the provider again ("Insert in …" keeps the original).
      translations = { ...translations };
      delete translations[translationKey(preview.template.id, preview.target, preview.filled.text)];
    }
    set({
      chosen: { templateId: preview.template.id, seenText },
      translations,
      blocked: undefined,
      insertResult: undefined,
    });
    void advance();
  }

  /** After a provider error: insert the filled body in its own language (the agent asked for it). */
  function insertOriginal() {
    const preview = get().preview;
    if (!preview || preview.filled.missing.length > 0 || state.phase === 'inserting') return;
    void insert(preview, preview.filled.text, preview.choice.language, false);
  }

  async function advance(): Promise<void> {
    const preview = get().preview;
    if (!state.open || !preview || state.chosen?.templateId !== preview.template.id) return;
    if (preview.filled.missing.length > 0) {
      set({ blocked: 'missing', phase: 'browsing', focusMissing: state.focusMissing + 1 });
      return;
    }
    const target = preview.target;
    if (preview.choice.needsTranslation && target && preview.translation?.phase !== 'done') {
      if (preview.translation?.phase === 'error') {
        set({ blocked: 'translation-error', phase: 'browsing' });
        return;
      }
      // A translation already under way (chosen before, then back to it) continues its own pipeline.
      if (preview.translation?.phase === 'translating') return;
      await translate(preview, target);
      return advance();
    }
    if (preview.findings.length > 0 && state.chosen.seenText !== preview.text) {
      // The warning is on screen now; choosing again inserts anyway.
      set({ blocked: 'policy', phase: 'browsing', chosen: { ...state.chosen, seenText: preview.text } });
      return;
    }
    await insert(preview, preview.text, preview.textLanguage, preview.translation?.phase === 'done');
  }

  async function translate(preview: PickerPreview, target: string): Promise<void> {
    const key = translationKey(preview.template.id, target, preview.filled.text);
    const put = (entry: PickerTranslation) => set({ translations: { ...state.translations, [key]: entry } });
    put({ phase: 'translating', target });
    set({ phase: 'waiting' });
    try {
      const answer = await deps.translateReply({
        threadId: state.threadId,
        text: preview.filled.text,
        target,
      });
      if (answer.ok) {
        put({ phase: 'done', target, text: answer.text, back: answer.back, provider: answer.provider });
      } else {
        put({ phase: 'error', target, error: { kind: answer.kind, message: answer.error } });
      }
    } catch (error) {
      put({
        phase: 'error',
        target,
        error: { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
      });
    }
    set({ phase: 'browsing' });
  }

  async function insert(preview: PickerPreview, text: string, language: string, translated: boolean) {
    if (!state.open) return;
    const anchor = state.anchor;
    const threadId = state.threadId;
    const via = state.via;
    set({ phase: 'inserting', blocked: undefined, insertResult: undefined });
    let result: InsertResult;
    try {
      result = await deps.insert(text, (current) => placeTemplate(current, text, anchor));
    } catch (error) {
      result = { ok: false, reason: 'error', error: error instanceof Error ? error.message : String(error) };
    }
    if (!result.ok) {
      set({ phase: 'browsing', insertResult: result, chosen: undefined });
      return;
    }
    set({
      phase: 'inserted',
      insertResult: result,
      inserted: { templateId: preview.template.id, text, translated, language, at: Date.now() },
      chosen: undefined,
    });
    // The usage count; the text is already in the box, so a sleeping worker only costs the count.
    deps
      .templateUsed({ templateId: preview.template.id, threadId, via, language, translated })
      .catch(() => undefined);
  }

  /** A key the page listeners took while the picker captures them. */
  function key(which: 'up' | 'down' | 'choose' | 'close') {
    if (state.phase === 'inserting') return; // taken from the page, but nothing to change while writing
    if (which === 'up') move(-1);
    else if (which === 'down') move(1);
    else if (which === 'choose') choose();
    else close();
  }

  return {
    get,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open,
    close,
    setQuery,
    move,
    setActive,
    setValue,
    choose,
    insertOriginal,
    key,
  };
}

export type TemplatePicker = ReturnType<typeof createTemplatePicker>;

function translationKey(templateId: string, target: string, text: string): string {
  return `${templateId}\u0001${target}\u0001${text}`;
}

function sameAnchor(a: PickerAnchor | undefined, b: PickerAnchor | undefined): boolean {
  return a?.start === b?.start && a?.end === b?.end && a?.token === b?.token;
}
