import type { TemplateVariable } from '../../core/templates/types';
import type { Translate } from '../i18n';
import { VARIABLE_LABELS } from '../templates/labels';

/** "Tracking number" / "物流单号" for `tracking_number`. */
export function variableLabel(name: TemplateVariable, t: Translate): string {
  return t(VARIABLE_LABELS[name]);
}
