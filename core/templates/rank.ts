// CONTRACT — implemented by the "templates" helper (issue 5).
import type { Classification } from '../intent/types';
import type { Platform } from '../model';
import type { RankedTemplate, TemplateRecord } from './types';

export interface RankQuery {
  /** What the agent typed (keyword, words of the name or body, pinyin-free Chinese substrings); '' = all. */
  query: string;
  /** Templates scoped to other platforms are left out. */
  platform?: Platform;
  /** Templates with a body in this language rank a little higher. */
  language?: string;
  /** With an empty query: templates answering this intent first. */
  classification?: Pick<Classification, 'intent' | 'intents' | 'sentiment' | 'urgent'>;
}

/**
 * Fuzzy search: exact keyword > keyword prefix > name words/prefix > subsequence of name > body words; ties by
 * usage count then name. Typo-tolerant for queries of 4+ characters (one edit). Works for Chinese (substring).
 */
export function rankTemplates(templates: readonly TemplateRecord[], query: RankQuery): RankedTemplate[] {
  void templates;
  void query;
  throw new Error('rankTemplates: not implemented yet');
}

/**
 * The best templates for the last buyer message: by the classification's intents (and category fallbacks such as
 * negative → negative-review, urgent damaged → damaged-item), within the platform, at most `limit`. Empty for
 * 'other' with nothing better.
 */
export function suggestTemplates(
  templates: readonly TemplateRecord[],
  classification: Pick<Classification, 'intent' | 'intents' | 'sentiment' | 'urgent'>,
  platform: Platform | undefined,
  limit?: number,
): RankedTemplate[] {
  void templates;
  void classification;
  void platform;
  void limit;
  throw new Error('suggestTemplates: not implemented yet');
}

/** The template whose keyword is exactly `keyword` (case-insensitive) on this platform, if any. */
export function templateByKeyword(
  templates: readonly TemplateRecord[],
  keyword: string,
  platform: Platform | undefined,
): TemplateRecord | undefined {
  void templates;
  void keyword;
  void platform;
  throw new Error('templateByKeyword: not implemented yet');
}
