import { reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Indonesian (whole words).

export const ID: LanguageLexicon = {
  'contact-details': [
    'hubungi (?:saya|kami|aku) (?:di|via|lewat|melalui|ke) (?:wa|whatsapp|nomor|no|ig|instagram|fb|facebook|line|telegram|email)',
    'chat (?:via |lewat |ke )?(?:wa|whatsapp)(?: (?:saya|kami|aku))?',
    '(?:no|nomor|nomer) (?:wa|whatsapp|hp|telepon|telp)',
    'add (?:wa|ig|fb|line)',
    'dm (?:ig|instagram)',
    '(?:wa|whatsapp|email|ig|instagram) (?:saya|kami|aku)',
  ],
  'off-platform': [
    'transfer (?:ke |lewat |via )?(?:rekening|bank|rek)',
    '(?:no|nomor) (?:rekening|rek)',
    'rekening (?:saya|kami|aku)',
    'bayar (?:langsung|di luar)',
    'di luar (?:shopee|tokopedia|lazada|aplikasi|platform|amazon|ebay)',
    'beli (?:langsung|lgsg) (?:ke|dari|di) (?:kami|saya|toko kami)',
    'order (?:langsung|lgsg) (?:ke|dari) (?:kami|saya)',
    '(?:website|situs|web) (?:resmi )?kami',
    'lebih murah (?:\\S+ ){0,3}(?:di luar|langsung|di website)',
    // Not a bare "dana": it also means "funds" (pengembalian dana = refund).
    'ovo|gopay|shopeepay',
    '(?:via|lewat|ke|akun) dana',
  ],
  ...reviewRules({
    good: '(?:ulasan|review|penilaian|rating) (?:positif|bagus|baik|bintang 5|bintang lima)|bintang (?:5|lima)|(?:kasih|beri|berikan) (?:5|lima) bintang',
    change:
      '(?:ubah|hapus|ganti|edit|revisi|perbaiki|cabut)\\p{L}* (?:\\S+ )?(?:ulasan|review|penilaian|rating|komentar)',
    incentive:
      '(?:refund|pengembalian dana|uang kembali|hadiah|bonus|voucher|kupon|diskon|gratis|cashback|kompensasi|rp ?\\d+|\\d+ ?(?:rb|ribu|%))',
    forReview: '(?:untuk|demi) (?:ulasan|review|penilaian)',
  }),
  marketing: [
    'kode (?:promo|diskon|voucher)',
    '(?:ikuti|follow|kunjungi) (?:toko|toko kami|kami)',
    'produk (?:baru|lain(?:nya)?) kami',
    'promo (?:spesial|khusus|besar)',
    'flash sale',
    'diskon \\d+ ?%',
  ],
};
