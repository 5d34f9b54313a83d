/**
 * Values for the editor's preview: an invented buyer and order in the body's language on the previewed platform,
 * and the agent and store names as the reply settings really hold them, so a name the seller never set shows as
 * missing in the preview exactly as it would in a thread.
 */
import type { Platform } from '../../core/model';
import type { TemplateValues } from '../../core/templates/types';
import type { ReplySettings } from '../../storage/reply-settings';
import { PLATFORM_NAMES } from '../platform-badge';

const BUYER_NAMES: Record<string, string> = {
  en: 'Emily Johnson',
  de: 'Anna Schmidt',
  fr: 'Claire Martin',
  es: 'Lucía García',
  it: 'Giulia Rossi',
  nl: 'Sanne de Vries',
  pl: 'Anna Kowalska',
  pt: 'Ana Souza',
  ja: '佐藤 花子',
  ko: '김민지',
  zh: '李娜',
  'zh-TW': '陳怡君',
  th: 'สมชาย ใจดี',
  vi: 'Nguyễn Thị Lan',
  id: 'Siti Rahayu',
  ms: 'Nur Aisyah',
  tl: 'Maria Santos',
};

const SAMPLE_ORDER: Record<Platform, { orderId: string; site: string; tracking: string }> = {
  amazon: { orderId: '305-1234567-8901234', site: 'amazon.com', tracking: '1Z999AA10123456784' },
  ebay: { orderId: '12-34567-89012', site: 'ebay.com', tracking: '9400111899223100012345' },
  shopee: { orderId: '240123ABCD1234', site: 'shopee.co.id', tracking: 'SPXID012345678901' },
};

export function sampleValues(platform: Platform, language: string, settings: ReplySettings): TemplateValues {
  const order = SAMPLE_ORDER[platform];
  const values: TemplateValues = {
    buyer_name: BUYER_NAMES[language] ?? BUYER_NAMES[language.split('-')[0] ?? ''] ?? BUYER_NAMES.en,
    order_id: order.orderId,
    item_title: 'Wireless Earbuds Pro',
    platform: PLATFORM_NAMES[platform],
    site: order.site,
    tracking_number: order.tracking,
  };
  if (settings.agentName.trim()) values.agent_name = settings.agentName.trim();
  const store = settings.storeNames[`${platform}:${order.site}`] ?? settings.storeNames[platform];
  if (store?.trim()) values.store_name = store.trim();
  return values;
}
