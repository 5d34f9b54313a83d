// CONTRACT — implemented by the "policy" helper (issue 5).
import type { Platform } from '../model';
import type { PolicyFinding, PolicyOptions, PolicyRule } from './types';

export * from './types';

/** Which rules apply on a platform (Amazon: all; eBay: off-platform + contact details; Shopee: the same). */
export function rulesFor(platform: Platform): readonly PolicyRule[] {
  void platform;
  throw new Error('rulesFor: not implemented yet');
}

/** Every finding in `text` for the platform's rules, sorted by start, non-overlapping. Pure; no network. */
export function checkPolicy(text: string, platform: Platform, options: PolicyOptions = {}): PolicyFinding[] {
  void text;
  void platform;
  void options;
  throw new Error('checkPolicy: not implemented yet');
}
