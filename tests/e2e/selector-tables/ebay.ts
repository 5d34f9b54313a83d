import { EBAY_SELECTORS } from '../../../content-scripts/ebay/selectors';
import type { PlatformCases } from './types';

export const EBAY_TABLE: PlatformCases = {
  platform: 'ebay',
  selectors: EBAY_SELECTORS,
  cases: [],
};
