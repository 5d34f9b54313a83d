import type { Lexicon } from '../lexicon';

/**
 * Applied to every message whatever its language: emoji (folded to words by normalise.ts), marketplace terms every
 * buyer writes in Latin letters (A-to-z, PayPal, COD), laughter.
 */
export const common: Lexicon = {
  intents: {
    'thanks-positive': 'emjpos:0.5',
  },
  positive: 'emjpos | xd | haha* | hehe | 5555*',
  negative: 'emjneg',
  angry: 'emjangry',
  claim: 'a-to-z* | a to z | atoz | a-z guarantee | a-z claim',
  dispute: 'paypal dispute | paypal claim | paypal case',
  chargeback: 'chargeback* | charge back | charge-back',
};
