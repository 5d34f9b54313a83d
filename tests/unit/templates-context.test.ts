import { describe, expect, it } from 'vitest';
import {
  chooseBody,
  lastTrackingNumber,
  type TemplateThreadInput,
  valuesForThread,
} from '../../core/templates/context';
import type { TemplateRecord } from '../../core/templates/types';
import { DEFAULT_REPLY_SETTINGS, type ReplySettings } from '../../storage/reply-settings';

function input(overrides: Partial<TemplateThreadInput> = {}): TemplateThreadInput {
  return {
    platform: 'amazon',
    site: 'amazon.de',
    buyerName: 'Anna Müller',
    orderIds: ['302-1111111-1111111', '302-2222222-2222222'],
    items: [
      { id: 'B0ABCDEFGH' },
      { id: 'B0XYZ12345', title: 'Edelstahl Thermobecher 500 ml' },
      { id: 'x', title: 'Second' },
    ],
    texts: [],
    ...overrides,
  };
}

const settings = (overrides: Partial<ReplySettings> = {}): ReplySettings => ({
  ...DEFAULT_REPLY_SETTINGS,
  ...overrides,
});

describe('valuesForThread', () => {
  it('gives every value the thread has, in display form', () => {
    const values = valuesForThread(
      input({ texts: ['Wo ist mein Paket?', 'Ihre Sendungsnummer lautet 1Z999AA10123456784.'] }),
      settings({ agentName: 'Lily', storeNames: { 'amazon:amazon.de': 'Muster Shop DE', amazon: 'Muster' } }),
    );
    expect(values).toEqual({
      buyer_name: 'Anna Müller',
      order_id: '302-2222222-2222222',
      item_title: 'Edelstahl Thermobecher 500 ml',
      platform: 'Amazon',
      site: 'amazon.de',
      agent_name: 'Lily',
      store_name: 'Muster Shop DE',
      tracking_number: '1Z999AA10123456784',
    });
  });

  it('leaves unknown values absent, never empty', () => {
    const values = valuesForThread(
      input({ buyerName: '  ', orderIds: [], items: [], texts: ['hello'] }),
      settings(),
    );
    expect(values).toEqual({ platform: 'Amazon', site: 'amazon.de' });
    expect(Object.values(values)).not.toContain('');
  });

  it('names each platform as it writes itself', () => {
    expect(valuesForThread(input({ platform: 'ebay', site: 'ebay.co.uk' }), settings()).platform).toBe(
      'eBay',
    );
    expect(valuesForThread(input({ platform: 'shopee', site: 'shopee.co.th' }), settings()).platform).toBe(
      'Shopee',
    );
    expect(valuesForThread(input({ platform: 'shopee', site: 'shopee.co.th' }), settings()).site).toBe(
      'shopee.co.th',
    );
  });

  it('picks the store name by the most specific scope, then the portal shop name', () => {
    const names = {
      'shopee:shopee.com.my:Acme MY': 'Acme Malaysia',
      'shopee:shopee.com.my': 'Acme (MY)',
      shopee: 'Acme',
    };
    const shopee = (shop?: string, site = 'shopee.com.my') => input({ platform: 'shopee', site, shop });
    expect(valuesForThread(shopee('Acme MY'), settings({ storeNames: names })).store_name).toBe(
      'Acme Malaysia',
    );
    expect(valuesForThread(shopee('Other'), settings({ storeNames: names })).store_name).toBe('Acme (MY)');
    expect(valuesForThread(shopee(undefined, 'shopee.sg'), settings({ storeNames: names })).store_name).toBe(
      'Acme',
    );
    expect(valuesForThread(shopee('Portal Shop', 'shopee.sg'), settings()).store_name).toBe('Portal Shop');
    // A blank setting does not hide the next scope.
    expect(
      valuesForThread(
        shopee(undefined, 'shopee.sg'),
        settings({ storeNames: { 'shopee:shopee.sg': ' ', shopee: 'Acme' } }),
      ).store_name,
    ).toBe('Acme');
  });
});

describe('lastTrackingNumber', () => {
  it('takes the last carrier-shaped number of the latest text that has one', () => {
    expect(
      lastTrackingNumber([
        'Tracking: LP00123456789012',
        'Your parcel RR123456789CN was re-sent as YT2212345678901234.',
        'Thanks!',
      ]),
    ).toBe('YT2212345678901234');
  });

  it('accepts a bare long number only when the text talks about tracking', () => {
    expect(lastTrackingNumber(['Call me on 13800138000 please'])).toBeUndefined();
    expect(lastTrackingNumber(['Please call me at 13800138000 about the parcel shipping'])).toBeUndefined();
    expect(lastTrackingNumber(['Votre colis: numéro de suivi 1234567890123'])).toBe('1234567890123');
    expect(lastTrackingNumber(['UPS 123456789012'])).toBe('123456789012');
    expect(lastTrackingNumber(['USPS tracking 9400111899223345678901'])).toBe('9400111899223345678901');
    expect(lastTrackingNumber(['您的快递单号是 773012345678901'])).toBe('773012345678901');
    expect(lastTrackingNumber(['我的订单号是 2410041234567890'])).toBeUndefined();
  });

  it('never returns an order number', () => {
    expect(lastTrackingNumber(['Order 302-1234567-1234567 shipped'])).toBeUndefined();
    expect(lastTrackingNumber(['Shopee order 241004ABCD1234 shipped'])).toBeUndefined();
    expect(lastTrackingNumber(['tracking for 12345678901234'], ['12345678901234'])).toBeUndefined();
  });

  it('reads the thread through valuesForThread, agent messages included', () => {
    const values = valuesForThread(
      input({ texts: ['where is it?', 'Sent with DHL, tracking number 1234567890', 'still nothing'] }),
      settings(),
    );
    expect(values.tracking_number).toBe('1234567890');
  });
});

function template(bodies: Record<string, string>): TemplateRecord {
  return {
    id: 'tpl_1',
    name: 'T',
    category: 'tracking',
    bodies,
    platforms: [],
    keyword: '',
    intents: [],
    usageCount: 0,
    lastUsedAt: 0,
    createdAt: 0,
    updatedAt: 0,
  };
}

describe('chooseBody', () => {
  const t = template({ zh: '中文', en: 'English', de: 'Deutsch' });

  it('uses the exact buyer language without translation', () => {
    expect(chooseBody(t, 'de', 'zh')).toMatchObject({
      language: 'de',
      body: 'Deutsch',
      needsTranslation: false,
    });
    expect(chooseBody(t, 'de-AT', 'zh')).toMatchObject({ language: 'de', needsTranslation: false });
  });

  it('falls back to the base language, then the agent language, then English, then the first body', () => {
    expect(chooseBody(t, 'zh-TW', 'en')).toMatchObject({ language: 'zh', needsTranslation: true });
    expect(chooseBody(t, 'fr', 'zh')).toMatchObject({ language: 'zh', body: '中文', needsTranslation: true });
    expect(chooseBody(t, 'fr', 'ja')).toMatchObject({ language: 'en', needsTranslation: true });
    expect(chooseBody(template({ ja: 'こんにちは', ko: '안녕' }), 'fr', 'zh')).toMatchObject({
      language: 'ja',
      needsTranslation: true,
    });
  });

  it('needs no translation when the buyer language is unknown', () => {
    expect(chooseBody(t, undefined, 'zh')).toMatchObject({ language: 'zh', needsTranslation: false });
  });

  it('a zh-TW body serves a zh-TW buyer, and an empty body is skipped', () => {
    expect(chooseBody(template({ 'zh-TW': '繁體', zh: '简体' }), 'zh-TW', 'zh')).toMatchObject({
      language: 'zh-TW',
      needsTranslation: false,
    });
    expect(chooseBody(template({ de: '  ', en: 'English' }), 'de', 'zh')).toMatchObject({
      language: 'en',
      needsTranslation: true,
    });
  });
});
