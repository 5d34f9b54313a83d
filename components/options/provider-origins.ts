import type { ProviderId, ProviderSettings } from '../../core/translation/types';

/** Providers the user brings a key for: only these need an optional host permission granted from the options page. */
export const KEYED_PROVIDERS: ReadonlySet<ProviderId> = new Set(['deepl', 'openai', 'baidu']);

/** Hosts that may be reached over plain http (a model server on this computer, e.g. Ollama). */
export const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);

/**
 * The host-permission match patterns one provider's requests need, derived from its settings. They must fall inside
 * the manifest's optional_host_permissions (wxt.config.ts), or `permissions.request` rejects. Ports are dropped: a
 * match pattern without a port matches every port (`http://localhost/*` covers Ollama's :11434).
 */
export function providerOrigins(provider: ProviderSettings): string[] {
  switch (provider.id) {
    case 'deepl':
      return [provider.deeplPlan === 'pro' ? 'https://api.deepl.com/*' : 'https://api-free.deepl.com/*'];
    case 'baidu':
      return ['https://fanyi-api.baidu.com/*'];
    case 'openai': {
      const url = parseUrl(provider.baseUrl);
      if (!url) return [];
      if (url.protocol === 'https:') return [`https://${url.hostname}/*`];
      if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return [`http://${url.hostname}/*`];
      return [];
    }
    default:
      return [];
  }
}

/** Origins of every enabled keyed provider, without duplicates, in chain order. */
export function enabledProviderOrigins(providers: readonly ProviderSettings[]): string[] {
  const origins = providers
    .filter((p) => p.enabled && KEYED_PROVIDERS.has(p.id))
    .flatMap((p) => providerOrigins(p));
  return [...new Set(origins)];
}

export function parseUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value.trim());
  } catch {
    return null;
  }
}
