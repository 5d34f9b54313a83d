import type { ProviderErrorKind, ProviderId } from '../../core/translation/types';
import type { MessageKey } from '../i18n';

/** What the page says for each way a provider call can fail: what happened and what to do about it. */
export const ERROR_TEXT: Record<ProviderErrorKind, MessageKey> = {
  auth: 'optErrAuth',
  quota: 'optErrQuota',
  'rate-limit': 'optErrRateLimit',
  network: 'optErrNetwork',
  timeout: 'optErrTimeout',
  'unsupported-pair': 'optErrUnsupportedPair',
  permission: 'optErrPermission',
  'not-configured': 'optErrNotConfigured',
  unavailable: 'optErrUnavailable',
  'bad-response': 'optErrBadResponse',
  server: 'optErrServer',
};

export const PROVIDER_NAME: Record<ProviderId, MessageKey> = {
  chrome: 'optProviderChrome',
  edge: 'optProviderEdge',
  google: 'optProviderGoogle',
  deepl: 'optProviderDeepl',
  openai: 'optProviderOpenai',
  baidu: 'optProviderBaidu',
};

export const PROVIDER_DESCRIPTION: Record<ProviderId, MessageKey> = {
  chrome: 'optDescChrome',
  edge: 'optDescEdge',
  google: 'optDescGoogle',
  deepl: 'optDescDeepl',
  openai: 'optDescOpenai',
  baidu: 'optDescBaidu',
};

export const PROVIDER_KIND: Record<ProviderId, 'optKindOnDevice' | 'optKindFreeWeb' | 'optKindOwnKey'> = {
  chrome: 'optKindOnDevice',
  edge: 'optKindFreeWeb',
  google: 'optKindFreeWeb',
  deepl: 'optKindOwnKey',
  openai: 'optKindOwnKey',
  baidu: 'optKindOwnKey',
};
