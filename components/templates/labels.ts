/** The shared i18n keys (components/i18n.ts, "replies: shared labels") for categories, intents and variables. */
import type { Intent } from '../../core/intent/types';
import type { TemplateCategory, TemplateVariable } from '../../core/templates/types';
import type { MessageKey } from '../i18n';

export const CATEGORY_LABELS: Record<TemplateCategory, MessageKey> = {
  'logistics-delay': 'categoryLogisticsDelay',
  tracking: 'categoryTracking',
  'return-process': 'categoryReturnProcess',
  refund: 'categoryRefund',
  'damaged-item': 'categoryDamagedItem',
  'wrong-item': 'categoryWrongItem',
  'order-change': 'categoryOrderChange',
  cancellation: 'categoryCancellation',
  'product-guide': 'categoryProductGuide',
  invoice: 'categoryInvoice',
  'negative-review': 'categoryNegativeReview',
  'off-hours': 'categoryOffHours',
  thanks: 'categoryThanks',
  other: 'categoryOther',
};

export const INTENT_LABELS: Record<Intent, MessageKey> = {
  'where-is-order': 'intentWhereIsOrder',
  'return-refund': 'intentReturnRefund',
  'cancel-order': 'intentCancelOrder',
  'change-order': 'intentChangeOrder',
  'damaged-defective': 'intentDamagedDefective',
  'wrong-item': 'intentWrongItem',
  'product-question': 'intentProductQuestion',
  invoice: 'intentInvoice',
  'thanks-positive': 'intentThanksPositive',
  other: 'intentOther',
};

export const VARIABLE_LABELS: Record<TemplateVariable, MessageKey> = {
  buyer_name: 'variableBuyerName',
  order_id: 'variableOrderId',
  item_title: 'variableItemTitle',
  platform: 'variablePlatform',
  site: 'variableSite',
  agent_name: 'variableAgentName',
  store_name: 'variableStoreName',
  tracking_number: 'variableTrackingNumber',
};

/** Variables the reply settings fill (not the conversation): a missing one is fixed once, in the settings. */
export const SETTINGS_VARIABLES: ReadonlySet<TemplateVariable> = new Set(['agent_name', 'store_name']);

/** Compact language tags for a list row ("中 EN DE"): Chinese as a character, the rest as their code. */
export function languageTag(code: string): string {
  if (code === 'zh' || code === 'zh-CN') return '中';
  if (code === 'zh-TW') return '繁';
  return code.toUpperCase();
}
