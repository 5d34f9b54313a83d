// CONTRACT — implemented by the "templates" helper (issue 5).
import type { TemplateRecord } from './types';

/** The day-one pack: every category, bodies in zh and en, ids `default:<slug>`; `default:off-hours` is away mode's default. */
export const DEFAULT_TEMPLATES: readonly TemplateRecord[] = [];
