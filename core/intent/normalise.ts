/**
 * Folds a buyer message into the form the lexicons are written in, so one lexicon entry matches the ways buyers
 * actually type it: `ÉTÉ`, `ete`, `Ｅｔｅ` and `eteee` all become `ete`; `訂單沒收到` becomes `订单没收到`; `don't`
 * and `dont` both become `dont`; emoji become words (`😡` → ` emjangry `); order ids and other digit runs become `0`
 * (a lone `1` stays, for "1 star"). The same function folds the lexicons at load time, so both sides always agree.
 *
 * One pass over the characters after NFKC (full-width Latin and digits, half-width kana, ligatures), no regex over
 * the whole text, so the cost is linear and there is nothing to backtrack on.
 */

export interface Folded {
  /** The folded text, padded with a space on both ends (so word boundaries need no bounds checks), then END. */
  text: string;
  /** Signals read before folding erased them. */
  exclamations: number;
  /** Longest run of `!`/`！`. */
  exclamationRun: number;
  /** Latin letters, and how many of them were capitals (shouting). */
  letters: number;
  capitals: number;
  questionMark: boolean;
}

/** Marks the end of the folded text, after its padding space: lexicon phrases ending in `$` end with it. */
export const END = '\u0003';

/** Longest text we read: a buyer message is a few hundred characters; anything longer is pasted noise. */
export const MAX_CHARS = 4_000;

// ── tables built once ───────────────────────────────────────────────────────────────────────────────────────────

/** Latin letters with marks → plain letters (Vietnamese, Turkish, Polish, Nordic…), computed from NFD once. */
const LATIN_FOLD = new Map<number, string>();
for (let c = 0xc0; c <= 0x24f; c++) addLatin(c);
for (let c = 0x1e00; c <= 0x1eff; c++) addLatin(c);
function addLatin(c: number): void {
  const ch = String.fromCharCode(c).toLowerCase();
  const plain = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (plain !== ch && /^[a-z]+$/.test(plain)) LATIN_FOLD.set(c, plain);
}
for (const [from, to] of [
  ['ß', 'ss'],
  ['ı', 'i'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['œ', 'oe'],
  ['Œ', 'oe'],
] as const)
  LATIN_FOLD.set(from.charCodeAt(0), to);

/**
 * Traditional → Simplified for the characters buyer messages and the Chinese lexicon use, so the lexicon is
 * written once (Simplified) and `訂單還沒收到` matches `订单还没收到`. Pairs: Traditional then Simplified.
 */
const TRAD_SIMP =
  '貨货訂订單单錢钱換换壞坏謝谢發发還还沒没麼么請请問问買买賣卖東东顏颜運运費费幫帮開开嗎吗給给讓让後后機机號号碼码' +
  '質质實实現现應应該该樣样點点裡里裏里為为無无與与寫写錯错誤误試试評评論论詳详談谈調调購购賠赔負负責责轉转進进選选' +
  '適适長长間间隊队際际難难電电項项須须預预領领題题類类顯显報报聲声備备夠够導导層层當当態态損损擔担斷断書书標标檢检' +
  '歡欢歸归環环確确禮礼穩稳筆笔簡简約约細细終终組组結结統统經经緊紧練练職职規规親亲討讨訊讯訴诉詢询誠诚財财贈赠輸输' +
  '郵邮醫医釋释鎖锁鍵键閱阅離离靜静響响額额願愿驗验漲涨詐诈騙骗師师訟讼憑凭據据證证裝装爛烂傷伤劃划衝冲氣气惡恶極极' +
  '壓压貼贴稅税編编賬账帳账戶户邊边頭头個个們们這这來来說说時时會会對对過过國国處处級级關关係系聯联繫系週周幾几寶宝' +
  '蝦虾廠厂產产紅红藍蓝綠绿黃黄幣币價价寬宽鬆松緊紧襪袜褲裤縮缩濕湿髒脏瑪玛碼码齊齐缺缺漏漏補补嘆叹爾尔觸触啟启動动' +
  '線线鏈链頁页網网圖图憤愤煩烦糟糟垃垃圾圾差差勁劲騷骚擾扰慮虑議议驚惊喜喜愛爱滿满讚赞謝谢棒棒優优償偿辦办擊击襲袭' +
  '訴诉盜盗竊窃違违憂忧恐恐嚇吓脅胁險险戲戏劇剧傳传遞递準准時时隻只雙双條条張张門门窗窗鞋鞋盒盒箱箱紙纸膠胶殼壳蓋盖' +
  '鐘钟錶表舊旧廢废灣湾廣广島岛蘭兰愛爱願愿麗丽樂乐歲岁豐丰義义異异語语認认識识讀读變变斤斤兩两萬万億亿' +
  '盡尽庫库擡抬爭争糾纠紛纷協协註注銷销復复覆复鬧闹帶带載载貨货邊边團团慣惯寫写訂订換换誤误蓋盖換换彈弹';
const HAN_FOLD = new Map<number, string>();
{
  const chars = [...TRAD_SIMP];
  for (let i = 0; i + 1 < chars.length; i += 2)
    if (chars[i] !== chars[i + 1]) HAN_FOLD.set(chars[i]!.codePointAt(0)!, chars[i + 1]!);
}

/** Emoji that carry a buyer's mood, as words the lexicons list (`emjangry` is an urgency cue). */
const EMOJI: Record<string, string> = {};
for (const ch of '😡🤬😠👿💢🖕') EMOJI[ch] = 'emjangry';
for (const ch of '😤😒🙄👎💩😞😔😢😭😩😫😣😖😟☹🙁😕🤮🤢💔😱') EMOJI[ch] = 'emjneg';
for (const ch of '😊🙂😀😃😄😁😆🥰😍😘🤩👍👌🙏❤💕💖💗💙💚💛💜🧡🤍💯⭐🌟✨🎉👏😇☺🤗🥳💐🌹')
  EMOJI[ch] = 'emjpos';
const EMOJI_CODES = new Map<number, string>(
  Object.entries(EMOJI).map(([ch, word]) => [ch.codePointAt(0)!, word]),
);

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x60, 0xb4]);
const QUESTION_MARKS = new Set([0x3f, 0xff1f, 0x61f, 0xbf]);

// ── folding ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Fold a buyer message (capped at MAX_CHARS). */
export function foldMessage(input: string): Folded {
  const raw = input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input;
  let exclamations = 0;
  let run = 0;
  let exclamationRun = 0;
  let letters = 0;
  let capitals = 0;
  let questionMark = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x21 || c === 0xff01) {
      exclamations++;
      run++;
      if (run > exclamationRun) exclamationRun = run;
      continue;
    }
    run = 0;
    if (QUESTION_MARKS.has(c)) questionMark = true;
    else if (isAsciiLetter(c)) {
      letters++;
      if (c <= 0x5a) capitals++;
    }
  }
  return { text: foldText(raw) + END, exclamations, exclamationRun, letters, capitals, questionMark };
}

/** The folded characters, written into one reused buffer (no string per character). */
let buffer = new Uint16Array(MAX_CHARS * 2 + 64);
let length = 0;
let runChar = -1;
let runLength = 0;

/**
 * Append one UTF-16 code unit. Runs of three or more of the same character shrink to one ("pleeease" → "please",
 * "ééé" → "e", "哈哈哈" → "哈"); a doubled letter stays ("good", "dd"); repeated spaces become one.
 */
function emit(c: number): void {
  if (c === runChar) {
    runLength++;
    if (c === 0x20 || runLength > 3) return;
    if (runLength === 3) {
      length--;
      return;
    }
  } else {
    runChar = c;
    runLength = 1;
  }
  if (length === buffer.length) {
    const bigger = new Uint16Array(buffer.length * 2);
    bigger.set(buffer);
    buffer = bigger;
  }
  buffer[length++] = c;
}

function emitAll(piece: string): void {
  for (let k = 0; k < piece.length; k++) emit(piece.charCodeAt(k));
}

function bufferText(): string {
  let text = '';
  for (let i = 0; i < length; i += 4096)
    text += String.fromCharCode.apply(
      null,
      buffer.subarray(i, Math.min(length, i + 4096)) as unknown as number[],
    );
  return text;
}

/** Latin letters with marks folded to one plain letter, by code point (0 when not folded to one letter). */
const LATIN_ONE = new Uint16Array(0x1f00);
for (const [c, plain] of LATIN_FOLD) if (plain.length === 1) LATIN_ONE[c] = plain.charCodeAt(0);

const isAsciiOnly = (text: string) => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
};

/** The folded text alone, padded with spaces (lexicon entries go through this too). */
export function foldText(raw: string): string {
  // NFKC (full-width letters and digits, half-width kana, ligatures) only when there is something to normalise.
  const text = (isAsciiOnly(raw) ? raw : raw.normalize('NFKC')).toLowerCase();
  length = 0;
  runChar = -1;
  runLength = 0;
  emit(0x20);
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (isDigit(c)) {
      // Only whether the run is exactly "1" matters.
      digits = digits ? '0' : c === 0x31 ? '1' : '0';
      continue;
    }
    if (digits) {
      // Order ids, dates, counts: the number itself never decides an intent, its neighbours do ("24 hours").
      emit(digits === '1' ? 0x31 : 0x30);
      digits = '';
    }
    if (isAsciiLetter(c) || c === 0x20) emit(c);
    else if (APOSTROPHES.has(c)) {
      // n't stays glued (don't → dont); other apostrophes split (j'ai → j ai, l'article → l article).
      if (!(runChar === 0x6e && text.charCodeAt(i + 1) === 0x74)) emit(0x20);
    } else if (c < 0x80) emit(c === 0x0a || c === 0x0d || c === 0x09 ? 0x20 : c);
    else if (c === 0xa0 || c === 0x3000) emit(0x20);
    else if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) {
      const one = LATIN_ONE[c]!;
      if (one) emit(one);
      else {
        const plain = LATIN_FOLD.get(c);
        if (plain) emitAll(plain);
        else emit(c);
      }
    } else if (c >= 0x300 && c <= 0x36f) {
      // a stray combining mark: dropped
    } else if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640) {
      // Arabic short vowels (tashkeel), superscript alef, tatweel: buyers rarely write them
    } else if (c === 0x623 || c === 0x625 || c === 0x622) emit(0x627);
    else if (c === 0x629) emit(0x647);
    else if (c === 0x649) emit(0x64a);
    else if (c >= 0x3400 && c <= 0x9fff) {
      const simplified = HAN_FOLD.get(c);
      emit(simplified ? simplified.codePointAt(0)! : c);
    } else if (c >= 0x1f000 || (c >= 0x2600 && c <= 0x27bf) || c === 0x2b50) {
      const word = EMOJI_CODES.get(c);
      emit(0x20);
      if (word) {
        emitAll(word);
        emit(0x20);
      }
    } else if (c === 0xfe0f || c === 0x200d) {
      // emoji variation selector, zero-width joiner
    } else if (c > 0xffff) {
      emit(0xd800 + ((c - 0x10000) >> 10));
      emit(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else emit(c);
  }
  if (digits) emit(digits === '1' ? 0x31 : 0x30);
  emit(0x20);
  return bufferText();
}
