import { reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Malay (whole words; close to Indonesian, so only what differs is here — Indonesian is checked too when the
// language is unknown).

export const MS: LanguageLexicon = {
  'contact-details': [
    'hubungi (?:saya|kami) (?:di|melalui|menerusi|via) (?:wa|whatsapp|nombor|no|telefon|ig|instagram|fb|facebook|telegram|emel)',
    '(?:no|nombor) (?:wa|whatsapp|telefon|tel|hp)',
    '(?:whatsapp|wasap|emel) (?:saya|kami)',
    'tambah (?:saya|kami)',
  ],
  'off-platform': [
    '(?:pindahan|pemindahan) (?:wang|bank)',
    'transfer (?:ke )?(?:akaun|bank)',
    '(?:no|nombor) akaun',
    'akaun bank (?:saya|kami)',
    'duitnow',
    'tng|touch ?n ?go',
    'di luar (?:shopee|lazada|aplikasi|platform)',
    'beli (?:terus|secara terus) (?:dari|daripada|dengan) (?:kami|saya)',
    'laman web kami',
    'lebih murah (?:\\S+ ){0,3}(?:di luar|terus|di laman web)',
  ],
  ...reviewRules({
    good: '(?:ulasan|penilaian|rating) (?:positif|baik|bagus|5 bintang|lima bintang)|(?:5|lima) bintang',
    change: '(?:ubah|padam|tukar|edit|tarik balik|buang)\\p{L}* (?:\\S+ )?(?:ulasan|penilaian|rating|komen)',
    incentive:
      '(?:bayaran balik|wang dikembalikan|hadiah|baucar|kupon|diskaun|percuma|cashback|pampasan|rm ?\\d+|\\d+ ?%)',
    forReview: '(?:untuk|sebagai balasan) (?:ulasan|penilaian)',
  }),
  marketing: [
    'kod (?:promo|diskaun|baucar)',
    '(?:ikuti|follow|lawati) kedai (?:kami)?',
    'produk (?:baru|lain) kami',
    'promosi',
    'jualan murah',
    'diskaun \\d+ ?%',
  ],
};
