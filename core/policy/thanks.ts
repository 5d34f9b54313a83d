import { foldPattern } from './normalize';

/**
 * Thanks for a review is not a request for one: "Thank you for your 5-star review", "Danke für die positive
 * Bewertung", "感谢您的好评", "좋은 리뷰 감사합니다". detect-lexicon.ts drops a review-request match that these
 * say is thanks. Each thanks comes with what makes it thanks *for something*: "Merci de laisser un avis positif"
 * is a request ("merci de" + a verb means "please"), and "谢谢亲，给个五星好评" thanks first and asks after.
 */

const words = (list: string[]) => list.map(foldPattern).join('|');

/** Languages with spaces: thanks-for, then a few words of the same clause. */
const SPACED_THANKS = words([
  'thank(?:s| you) (?:so much |very much |a lot )?for',
  'thx for',
  'appreciate',
  'danke (?:schon |sehr )?fur',
  'vielen dank fur',
  'merci (?:beaucoup )?(?:pour|de votre|de ton|d.avoir)',
  'gracias (?:por|de)',
  'grazie (?:mille )?(?:per|della|del)',
  'obrigad[oa] (?:por|pela|pelo)',
  'bedankt voor',
  'dank (?:je|u) (?:wel )?voor',
  'dziekuj\\p{L}* za',
  'tack (?:sa mycket )?for',
  'شكرا (?:لك |لكم )?(?:على|علي|ل)',
  'cam on (?:ban |anh |chi |quy khach |em )?(?:da|vi)',
  'terima kasih (?:atas|untuk)',
  'salamat (?:sa|po sa)',
]);
/** Chinese and Thai: thanks directly before what is thanked for (感谢您的好评, ขอบคุณสำหรับรีวิว). */
const CLOSE_THANKS = words([
  '(?:谢谢|謝謝|感谢|感謝)(?:您|你|亲|親|大家)?(?:的)?',
  'ขอบคุณ ?(?:มาก ?)?(?:นะ ?)?(?:คะ|ครับ|ค่ะ)? ?สำหรับ',
]);

const THANKS_BEFORE = new RegExp(
  `(?:(?:${SPACED_THANKS})(?<gap>[^.!?。！？,;，；\\n]{0,30})|(?:${CLOSE_THANKS})(?<close>[^.!?。！？,;，；\\s]{0,4}))$`,
  'u',
);
/** A "please" inside the gap makes it a request after all: "thanks for your order and please leave 5 stars". */
const PLEASE = new RegExp(
  words([
    'please',
    'pls',
    'kindly',
    'bitte',
    'por favor',
    's.il vous plait',
    'per favore',
    'alsjeblieft',
    'alstublieft',
    'prosze',
    'snalla',
    'lutfen',
    'من فضلك',
    'vui long',
    'tolong',
    'mohon',
    'paki',
  ]),
  'u',
);
/** Japanese, Korean and Turkish thank after what they thank for: "星5のレビューありがとうございます". */
const THANKS_AFTER = new RegExp(
  `^[^.!?。！？\\n]{0,12}(?:${words(['ありがとう', '感謝', '감사', '고맙', 'icin tesekkur', 'icin sagol'])})`,
  'u',
);

/** Whether the review words at [start, end) of the folded text are thanks for a review rather than a request. */
export function isThanksForReview(text: string, start: number, end: number): boolean {
  const before = THANKS_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  if (before && !PLEASE.test(before.groups?.gap ?? '')) return true;
  return THANKS_AFTER.test(text.slice(end, end + 32));
}
