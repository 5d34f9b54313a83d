import type { Lexicon } from '../lexicon';

/**
 * Applied to every message whatever its language: emoji (folded to words by normalise.ts), marketplace terms every
 * buyer writes in Latin letters (A-to-z, PayPal, COD), laughter.
 */
export const common: Lexicon = {
  intents: {
    'thanks-positive': 'emjpos:0.5',
    // A device named in a question is almost always "does it fit/work with my phone?".
    'product-question':
      '?wash*:1.5 | ?washable:2 | ?lavable:2 | ?lavar*:1.5 | ?lavadora:2 | ?lavatrice:2 | ?waschbar:2 | ?waschmaschine:2 | ?wasmachine:2 | ?pralce:2 | ?prac:1.5 | ?tvatt*:1.5 | ?yika*:1.5 | ?makinede:1.5 | ?세탁:2 | ?غسال*:2 | ?ينغسل:2 | ?ซัก:1.5 | ?giat:1.5 | ?cuci:1.5 | ?dicuci:2 | ?basuh:1.5 | ?washing machine:2 | ?洗濯:2 | ?机洗:2 | ?水洗:2 | ?dishwasher:2 | ?spulmaschine:2 | ?microwave:1.5 | ?mikrowelle:1.5 | ?battery:1.5 | ?batterie:1.5 | ?bateria:1.5 | ?batterij:1.5 | ?batteri*:1.5 | ?bateri*:1.5 | ?baterai*:1.5 | ?pil:1 | ?pin:0.7 | ?watt*:1.5 | ?volt*:1.5 | ?mah:1.5 | ?电池:1.5 | ?续航:1.5 | ?バッテリー:1.5 | ?배터리:1.5 | ?แบต:1.5 | ?بطاريه:1.5 | ?البطاريه:1.5 | ?华为:1 | ?苹果:1 | ?三星:1 | ?小米:1 | ?iphone:1 | ?galaxy:1 | ?samsung:1 | ?pixel:1 | ?ipad:1 | ?macbook:1 | ?huawei:1 | ?xiaomi:1 | ?redmi:1 | ?oppo:1 | ?vivo:1 | ?airpods:1 | ?switch:0.5 | ?ps5:1',
  },
  positive: 'emjpos | xd | haha* | hehe',
  negative: 'emjneg',
  angry: 'emjangry',
  claim: 'a-to-z* | a to z | atoz | a-z guarantee | a-z claim',
  dispute: 'paypal dispute | paypal claim | paypal case',
  chargeback: 'chargeback* | charge back | charge-back',
};
