import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chromeLanguageCode,
  downloadOnDeviceModels,
  hasOnDeviceTranslator,
  onDeviceAvailability,
} from '../../components/options/on-device-translator';

/** A Translator global with the real API's shape: availability(), and create() that reports download progress. */
function fakeTranslator({
  availability = 'downloadable',
  progress = [] as number[],
  settle = 'resolve' as 'resolve' | 'reject' | 'never',
} = {}) {
  const destroy = vi.fn();
  const create = vi.fn(
    (options: { monitor?: (m: EventTarget) => void }) =>
      new Promise((resolve, reject) => {
        const monitor = new EventTarget();
        options.monitor?.(monitor);
        for (const [i, loaded] of progress.entries()) {
          const event = Object.assign(new Event('downloadprogress'), { loaded });
          setTimeout(() => monitor.dispatchEvent(event), 10 * (i + 1));
        }
        const after = 10 * (progress.length + 1);
        if (settle === 'resolve') setTimeout(() => resolve({ destroy }), after);
        if (settle === 'reject') setTimeout(() => reject(new Error('NotAllowedError')), after);
      }),
  );
  return { Translator: { availability: vi.fn(async () => availability), create }, destroy, create };
}

afterEach(() => vi.useRealTimers());

describe('Chrome on-device translator', () => {
  it('reports a missing API as absent', async () => {
    expect(hasOnDeviceTranslator({})).toBe(false);
    expect(await onDeviceAvailability('de', 'zh', {})).toBe('absent');
  });

  it('asks availability with Chrome’s language codes', async () => {
    const fake = fakeTranslator({ availability: 'available' });

    expect(await onDeviceAvailability('zh-TW', 'en', fake)).toBe('available');
    expect(fake.Translator.availability).toHaveBeenCalledWith({
      sourceLanguage: 'zh-Hant',
      targetLanguage: 'en',
    });
    expect(chromeLanguageCode('tl')).toBe('fil');
  });

  it('calls create for every pair at once, so all of them run inside the click', () => {
    const fake = fakeTranslator({ settle: 'never' });

    void downloadOnDeviceModels({
      pairs: [
        { source: 'de', target: 'zh' },
        { source: 'zh', target: 'de' },
      ],
      onProgress: () => undefined,
      stallMs: 50,
      scope: fake,
    });

    expect(fake.create).toHaveBeenCalledTimes(2);
  });

  it('reports progress across pairs and frees the translators when done', async () => {
    const fake = fakeTranslator({ progress: [0.5, 1] });
    const seen: number[] = [];

    const outcome = await downloadOnDeviceModels({
      pairs: [
        { source: 'de', target: 'zh' },
        { source: 'zh', target: 'de' },
      ],
      onProgress: (f) => seen.push(f),
      stallMs: 1_000,
      scope: fake,
    });

    expect(outcome).toEqual({ kind: 'done' });
    expect(seen).toContain(0.25);
    expect(seen.at(-1)).toBe(1);
    expect(fake.destroy).toHaveBeenCalledTimes(2);
  });

  it('gives up when create() never settles and nothing progresses', async () => {
    const fake = fakeTranslator({ settle: 'never' });

    const outcome = await downloadOnDeviceModels({
      pairs: [{ source: 'de', target: 'zh' }],
      onProgress: () => undefined,
      stallMs: 60,
      scope: fake,
    });

    expect(outcome).toEqual({ kind: 'timeout' });
  });

  it('passes on the reason create() failed', async () => {
    const fake = fakeTranslator({ settle: 'reject' });

    const outcome = await downloadOnDeviceModels({
      pairs: [{ source: 'de', target: 'zh' }],
      onProgress: () => undefined,
      stallMs: 1_000,
      scope: fake,
    });

    expect(outcome).toEqual({ kind: 'error', error: 'NotAllowedError' });
  });
});
