import type { TemplateVariable } from '../../core/templates/types';
import type { MessageKey, Translate } from '../i18n';

const VARIABLE_KEYS: Record<TemplateVariable, MessageKey> = {
  buyer_name: 'variableBuyerName',
  order_id: 'variableOrderId',
  item_title: 'variableItemTitle',
  platform: 'variablePlatform',
  site: 'variableSite',
  agent_name: 'variableAgentName',
  store_name: 'variableStoreName',
  tracking_number: 'variableTrackingNumber',
};

/** "Tracking number" / "物流单号" for `tracking_number`. */
export function variableLabel(name: TemplateVariable, t: Translate): string {
  return t(VARIABLE_KEYS[name]);
}
