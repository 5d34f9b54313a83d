import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type OnDeviceAvailability,
  onDeviceAvailability,
  type TranslatorApi,
  translateOnDevice,
  translateOnDeviceResult,
  translatorApi,
} from '../../core/translation/on-device';
import { ProviderError } from '../../core/translation/types';

afterEach(() => vi.unstubAllGlobals());

/** A fake with the real API's shape; `create` and `translate` are spies. */
function fakeTranslatorApi(availability: OnDeviceAvailability = 'available') {
  const translate = vi.fn(async (text: string) => `[${text}]`);
  const api = {
    availability: vi.fn(async (_: { sourceLanguage: string; targetLanguage: string }) => availability),
    create: vi.fn(async (_: { sourceLanguage: string; targetLanguage: string }) => ({
      translate,
      destroy() {},
    })),
  };
  return { api, translate };
}

describe('on-device Translator', () => {
  it('finds the global Translator the way a page has it (vi.stubGlobal)', async () => {
    expect(translatorApi()).toBeUndefined();
    const { api } = fakeTranslatorApi();
    vi.stubGlobal('Translator', api);
    expect(translatorApi()).toBe(api);
    const out = await translateOnDevice(translatorApi(), { texts: ['Hallo'], source: 'de', target: 'zh' });
    expect(out).toEqual({ texts: ['[Hallo]'] });
  });

  it('translates when available: BCP 47 pair, one create per pair (cached), translate per text, blanks kept', async () => {
    const { api, translate } = fakeTranslatorApi();
    const out = await translateOnDevice(api, { texts: ['a', ' ', 'b'], source: 'de', target: 'zh-TW' });
    expect(out.texts).toEqual(['[a]', ' ', '[b]']);
    expect(api.availability).toHaveBeenCalledWith({ sourceLanguage: 'de', targetLanguage: 'zh-Hant' });
    expect(api.create).toHaveBeenCalledWith({ sourceLanguage: 'de', targetLanguage: 'zh-Hant' });
    expect(translate).toHaveBeenCalledTimes(2);
    await translateOnDevice(api, { texts: ['c'], source: 'de', target: 'zh-TW' });
    expect(api.create).toHaveBeenCalledTimes(1);
    await translateOnDevice(api, { texts: ['c'], source: 'th', target: 'zh-TW' });
    expect(api.create).toHaveBeenCalledTimes(2);
  });

  it.each(['downloadable', 'downloading'] as const)(
    '%s: unavailable, pointing at the options page, no create()',
    async (state) => {
      const { api } = fakeTranslatorApi(state);
      const error = await translateOnDevice(api, { texts: ['a'], source: 'de', target: 'zh' }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ provider: 'chrome', kind: 'unavailable' });
      expect(error.message).toMatch(/options page/);
      expect(api.create).not.toHaveBeenCalled();
    },
  );

  it("'unavailable' from the API is an unsupported pair", async () => {
    const { api } = fakeTranslatorApi('unavailable');
    await expect(translateOnDevice(api, { texts: ['a'], source: 'de', target: 'zh' })).rejects.toMatchObject({
      kind: 'unsupported-pair',
    });
  });

  it('needs a source language and the API', async () => {
    const { api } = fakeTranslatorApi();
    await expect(translateOnDevice(api, { texts: ['a'], target: 'zh' })).rejects.toMatchObject({
      kind: 'unavailable',
    });
    await expect(
      translateOnDevice(undefined, { texts: ['a'], source: 'de', target: 'zh' }),
    ).rejects.toMatchObject({
      kind: 'unavailable',
    });
    expect(api.availability).not.toHaveBeenCalled();
  });

  it('a create() that never settles times out as unavailable and is tried again next time', async () => {
    vi.useFakeTimers();
    try {
      const { api } = fakeTranslatorApi();
      api.create.mockImplementationOnce(() => new Promise(() => undefined));
      const pending = translateOnDevice(
        api,
        { texts: ['a'], source: 'de', target: 'zh' },
        { createTimeoutMs: 5000 },
      );
      const caught = pending.catch((e) => e);
      await vi.advanceTimersByTimeAsync(5000);
      const error = await caught;
      expect(error).toMatchObject({ kind: 'unavailable' });
      expect(error.message).toMatch(/did not start within 5 s/);
      const out = await translateOnDevice(api, { texts: ['a'], source: 'de', target: 'zh' });
      expect(out.texts).toEqual(['[a]']);
      expect(api.create).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('create() rejecting with NotAllowedError (no user gesture) is unavailable; NotSupportedError unsupported', async () => {
    const { api } = fakeTranslatorApi();
    api.create.mockRejectedValueOnce(new DOMException('Requires a user gesture', 'NotAllowedError'));
    await expect(translateOnDevice(api, { texts: ['a'], source: 'de', target: 'zh' })).rejects.toMatchObject({
      kind: 'unavailable',
    });
    api.create.mockRejectedValueOnce(new DOMException('no', 'NotSupportedError'));
    await expect(translateOnDevice(api, { texts: ['a'], source: 'de', target: 'zh' })).rejects.toMatchObject({
      kind: 'unsupported-pair',
    });
  });

  it('translate() failures are bad-response and drop the cached translator; abort is timeout', async () => {
    const { api, translate } = fakeTranslatorApi();
    translate.mockRejectedValueOnce(new DOMException('destroyed', 'InvalidStateError'));
    await expect(translateOnDevice(api, { texts: ['a'], source: 'de', target: 'zh' })).rejects.toMatchObject({
      kind: 'bad-response',
    });
    await translateOnDevice(api, { texts: ['a'], source: 'de', target: 'zh' });
    expect(api.create).toHaveBeenCalledTimes(2);
    const controller = new AbortController();
    controller.abort();
    await expect(
      translateOnDevice(api, { texts: ['a'], source: 'de', target: 'zh' }, { signal: controller.signal }),
    ).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('answers in the offscreenTranslate shape without throwing', async () => {
    const { api } = fakeTranslatorApi('downloadable');
    expect(await translateOnDeviceResult(api, { texts: ['a'], source: 'de', target: 'zh' })).toMatchObject({
      ok: false,
      kind: 'unavailable',
    });
    const ok = fakeTranslatorApi();
    expect(await translateOnDeviceResult(ok.api, { texts: ['a'], source: 'de', target: 'zh' })).toEqual({
      ok: true,
      texts: ['[a]'],
    });
  });

  it('reports availability for the options page', async () => {
    expect(await onDeviceAvailability(undefined, { source: 'de', target: 'zh' })).toBe('unsupported');
    expect(
      await onDeviceAvailability(fakeTranslatorApi('downloadable').api, { source: 'de', target: 'zh' }),
    ).toBe('downloadable');
    expect(await onDeviceAvailability(fakeTranslatorApi().api, { source: 'tl', target: 'zh' })).toBe(
      'unavailable',
    );
    const broken: TranslatorApi = {
      availability: async () => {
        throw new Error('boom');
      },
      create: async () => ({ translate: async (t: string) => t }),
    };
    expect(await onDeviceAvailability(broken, { source: 'de', target: 'zh' })).toBe('unavailable');
  });
});
