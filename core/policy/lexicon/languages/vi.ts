import { reviewRules } from '../build';
import type { LanguageLexicon } from '../types';

// Vietnamese (whole words; tone marks and đ folded, so entries are written without them: "chuyen khoan").

export const VI: LanguageLexicon = {
  'contact-details': [
    'ket ban (?:zalo|facebook|fb)',
    'add (?:zalo|fb|facebook)',
    'nhan tin (?:qua |cho (?:shop|minh|em) qua )?(?:zalo|fb|facebook|messenger|sdt)',
    'lien he (?:truc tiep )?(?:qua|theo|voi (?:shop|minh|em) qua) (?:zalo|sdt|so dien thoai|fb|facebook|email|hotline)',
    'so dien thoai (?:cua )?(?:shop|minh|em|toi|ben em|chung toi)',
    '(?:sdt|so dt|sđt) (?:cua )?(?:shop|minh|em|toi|ben em)',
    'inbox (?:zalo|fb|facebook|rieng)',
    'cho (?:xin|em xin|minh xin) (?:sdt|so dien thoai|zalo|email)',
  ],
  'off-platform': [
    'chuyen khoan',
    'so tai khoan',
    'stk',
    'ngoai (?:shopee|san|ung dung|app|lazada|tiki)',
    'khong qua (?:shopee|san|app)',
    'mua (?:hang )?truc tiep (?:voi|tu|tai) (?:shop|ben em|chung toi|minh)',
    'dat hang (?:qua|tren) (?:website|web) (?:cua )?(?:shop|ben em|chung toi)',
    'website (?:cua )?(?:shop|ben em|chung toi|minh)',
    're hon (?:\\S+ ){0,3}(?:ngoai|truc tiep|website)',
  ],
  ...reviewRules({
    good: 'danh gia (?:tot|tich cuc|5 sao|nam sao)|(?:5|nam) sao|review (?:tot|5 sao)',
    change: '(?:xoa|sua|thay doi|go|chinh sua|doi) (?:\\S+ )?(?:danh gia|binh luan|review|nhan xet)',
    incentive:
      '(?:hoan tien|hoan lai tien|qua tang|tang qua|voucher|ma giam gia|giam gia|mien phi|boi thuong|tien mat|\\d+ ?(?:k|d|vnd|%))',
    forReview: '(?:danh gia|review) (?:de|se) (?:nhan|duoc)',
  }),
  marketing: [
    'ma (?:giam gia|khuyen mai|uu dai)',
    '(?:theo doi|follow) (?:shop|cua hang)',
    'ghe (?:tham )?(?:shop|cua hang)',
    'san pham moi',
    'khuyen mai',
    'uu dai (?:dac biet|lon)',
    'flash sale',
    'giam \\d+ ?%',
  ],
};
