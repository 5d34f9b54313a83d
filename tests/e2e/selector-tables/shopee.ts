import { SHOPEE_SELECTORS } from '../../../content-scripts/shopee/selectors';
import type { PlatformCases } from './types';

export const SHOPEE_TABLE: PlatformCases = {
  platform: 'shopee',
  selectors: SHOPEE_SELECTORS,
  cases: [],
};
