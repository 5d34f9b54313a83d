import { franc } from 'franc';
import { LATIN_AFFIXES, LATIN_LETTERS, LATIN_WORDS } from './language-lexicon';
import { siteLanguages } from './language-sites';

/**
 * Language of a buyer message, as ISO 639-1 (plus `zh-TW` for Traditional Chinese). Buyer messages are short
 * ("colis pas reçu", "barang rosak la", "ok"), lowercase, unaccented, full of order numbers and emoji, so:
 *
 * 1. order ids, tracking numbers, URLs, e-mail addresses and anything with a digit are dropped first;
 * 2. the Unicode script decides when it is not Latin (kana → ja, Hangul → ko, Thai, Hebrew, Arabic, Devanagari,
 *    Greek; Han → zh or zh-TW by the characters that differ, ja on a Japanese-only site; Cyrillic → ru or uk);
 * 3. Latin text is scored on distinctive words and letters (core/language-lexicon.ts), with a small head start
 *    for the languages likely on the marketplace (core/language-sites.ts) and for the thread's known language;
 * 4. when the words cannot decide and there is enough text, franc, restricted to the marketplace's languages;
 * 5. then the thread's known language; else undefined (let the provider detect it).
 *
 * franc alone is weak here: on the evaluation set (tests/lang, `npm run lang:eval`) it gets most short messages
 * wrong or refuses them (its default minimum is 10 characters), which is why it only comes in fourth.
 * Everything is precompiled at module load; a call allocates only the strings it derives from the text.
 */

export interface LanguageHints {
  /** Marketplace, as core/sites.ts names it (`amazon.de`, `shopee.co.th`, `ebay.com`, `shopee.cn`) or its host. */
  site?: string;
  /** The language already known for the thread (earlier messages, or what a provider reported). */
  threadLanguage?: string;
}

export interface LanguageDetection {
  lang: string;
  /**
   * high: the script or several distinctive words decided (safe to pass as `source` to a provider);
   * medium: a clear lead on little evidence; low: a guess (franc on weak text, or the thread's language) —
   * callers should let the provider auto-detect and store what it reports.
   */
  confidence: 'high' | 'medium' | 'low';
  by: 'script' | 'words' | 'franc' | 'thread';
}

// ── precompiled tables ─────────────────────────────────────────────────────────────────────────────────────────

const LATIN_LANGS = Object.keys(LATIN_WORDS);
const LANG_INDEX = new Map(LATIN_LANGS.map((lang, i) => [lang, i]));
const scores = new Float64Array(LATIN_LANGS.length);

/** Drops diacritics the way buyers do (`zurück` → `zuruck`, `đơn` → `don`, `dostałem` → `dostalem`). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l');
}

/** `word:2 other` → [word, 2], [other, 1]. */
function entries(list: string): [string, number][] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => {
      const colon = item.lastIndexOf(':');
      return colon > 0 ? [item.slice(0, colon), Number(item.slice(colon + 1))] : [item, 1];
    });
}

/** Flat [langIndex, weight, langIndex, weight…] per key, the highest weight when a language lists a key twice. */
function compile(
  table: Record<string, string>,
  key: (s: string) => string,
  keep: (s: string) => boolean = () => true,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [lang, list] of Object.entries(table)) {
    const index = LANG_INDEX.get(lang)!;
    for (const [item, weight] of entries(list)) {
      if (!keep(item)) continue;
      const k = key(item.toLowerCase());
      const pairs = out.get(k) ?? [];
      const at = pairs.findIndex((v, i) => i % 2 === 0 && v === index);
      if (at >= 0) pairs[at + 1] = Math.max(pairs[at + 1]!, weight);
      else pairs.push(index, weight);
      out.set(k, pairs);
    }
  }
  return out;
}

/**
 * Words as written, and the same folded: a word found as written counts as listed (`e` is Italian "and", `é` is
 * Portuguese "is"); an unlisted one is looked up folded (`donde` → `dónde`, `zuruck` → `zurück`).
 * A word written WITH diacritics that is not listed as written is only looked up among the listed plain spellings
 * (`đon` → `don`): its marks are evidence, so `à` is not Vietnamese `ạ` and `mí` is not `mì`.
 */
const EXACT_WORDS = compile(LATIN_WORDS, (s) => s);
const FOLDED_WORDS = compile(LATIN_WORDS, fold);
const PLAIN_WORDS = compile(LATIN_WORDS, fold, (s) => /^[a-z'-]+$/i.test(s));
const LETTERS = new Map<number, number[]>(
  [...compile(LATIN_LETTERS, (s) => s)].map(([letter, pairs]) => [letter.codePointAt(0)!, pairs]),
);

/** Word shapes as [ending?, text, langIndex, weight], longest first. */
const AFFIXES: [boolean, string, number, number][] = Object.entries(LATIN_AFFIXES)
  .flatMap(([lang, list]) =>
    entries(list).map(([affix, weight]): [boolean, string, number, number] => {
      const ending = affix.startsWith('-');
      return [ending, ending ? affix.slice(1) : affix.slice(0, -1), LANG_INDEX.get(lang)!, weight];
    }),
  )
  .sort((a, b) => b[1].length - a[1].length);

const FRANC_CODES: Record<string, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  sv: 'swe',
  tr: 'tur',
  cs: 'ces',
  ro: 'ron',
  vi: 'vie',
  id: 'ind',
  ms: 'zlm',
  tl: 'tgl',
};
const FROM_FRANC = Object.fromEntries(Object.entries(FRANC_CODES).map(([iso1, iso3]) => [iso3, iso1]));
const ALL_FRANC = Object.values(FRANC_CODES);

/**
 * Characters written differently in Traditional and Simplified Chinese, the ones buyer messages use most
 * (訂單/订单, 貨/货, 謝謝/谢谢, 請問/请问…). Counted over Han text to tell zh-TW from zh.
 */
const TRADITIONAL =
  '們個這來說時會對還國沒過麼請問發貨單號訂錢買賣東壞謝寄顏換運費幫開嗎給見讓從後機網頁電話碼質實體現應該樣點裡裏為無與專業車門關係較處認識讀寫聽視覺學習經濟區華隻條張雙價紅黃藍綠數員務嗎麻煩週螢幕劃刮聯繫郵遞態銷賬款優惠衛頭邊隨稱產品種類確認僅總計則傳輸連線帶壓鐘錶鏈飾鞋襪褲裝棉絲紙軟舊壽齊變滿戶線級區圖氣廣場園遠近達遲誤準備據證驗';
const SIMPLIFIED =
  '们个这来说时会对还国没过么请问发货单号订钱买卖东坏谢寄颜换运费帮开吗给见让从后机网页电话码质实体现应该样点里为无与专业车门关系较处认识读写听视觉学习经济区华只条张双价红黄蓝绿数员务吗麻烦周屏幕划刮联系邮递态销账款优惠卫头边随称产品种类确认仅总计则传输连线带压钟表链饰鞋袜裤装棉丝纸软旧寿齐变满户线级区图气广场园远近达迟误准备据证验';
/**
 * More everyday pairs, Traditional then Simplified per pair (錯错 試试 語语…). Characters a Traditional text also
 * writes in another sense (表 里 面 后 发 干 只 台 周 松 制 复 余) are left out, so they never count as Simplified.
 */
const MORE_PAIRS =
  '錯错誤误試试語语議议護护設设評评論论詳详談谈調调貼贴購购貴贵賠赔負负責责資资轉转輕轻辦办進进選选適适鐵铁針针鏡镜長长問问間间閃闪隊队陽阳際际難难雜杂電电項项順顺須须預预領领頻频題题類类顯显風风飛飞飯饭館馆馬马驚惊魚鱼鳥鸟齒齿龍龙塊块報报聲声備备夠够寫写導导層层屬属歲岁廠厂彈弹當当態态戰战擇择損损擔担擊击敗败斷断書书極极標标檢检歡欢歸归漢汉灣湾燈灯獎奖環环畫画盤盘確确禮礼穩稳筆笔簡简約约細细終终組组結结統统經经緊紧練练織织職职腦脑藝艺號号術术規规親亲觀观討讨訊讯訪访許许訴诉試试詢询誠诚貝贝財财販贩賽赛贈赠輸输農农郵邮醫医釋释鎖锁鍵键閱阅雞鸡離离靜静響响頂顶額额願愿飲饮驗验壞坏漲涨貨货';
/** +1 Traditional-only, −1 Simplified-only, over U+4E00…U+9FFF. Characters both scripts share are skipped. */
const HAN_FORM = new Int8Array(0xa000 - 0x4e00);
const PAIRS = [...MORE_PAIRS];
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  HAN_FORM[PAIRS[i]!.codePointAt(0)! - 0x4e00] = 1;
  HAN_FORM[PAIRS[i + 1]!.codePointAt(0)! - 0x4e00] = -1;
}
for (const ch of TRADITIONAL) HAN_FORM[ch.codePointAt(0)! - 0x4e00] = 1;
for (const ch of SIMPLIFIED) {
  const i = ch.codePointAt(0)! - 0x4e00;
  HAN_FORM[i] = HAN_FORM[i] === 1 ? 0 : -1; // listed in both strings = written the same way
}

/**
 * Kanji in the forms only Japanese writes (発 売 払 変 単 価 気 様 読 続 戻 込…; Chinese writes 发/發, 卖/賣…):
 * a kana-less message holding one ("返金済", "発送予定日") is Japanese wherever it was sent.
 */
const JAPANESE_ONLY_HAN = new Set(
  [
    ...'発売払変単価帰気済読続鉄楽様悪戻込働円図転広応対関険験駅県実黒壊訳択沢絵総経軽雑証覧遅録継歳効乗両拡枠畳',
  ].map((c) => c.codePointAt(0)!),
);

/** Cyrillic: Ukrainian letters and words against Russian ones. */
const UK_LETTERS = new Set([...'іїєґІЇЄҐ'].map((c) => c.codePointAt(0)!));
const RU_LETTERS = new Set([...'ыэъёЫЭЪЁ'].map((c) => c.codePointAt(0)!));
const UK_WORDS = new Set(
  `дякую будь ласка що це як коли де чому замовлення можна прийшло прийшов посилка бракований гроші досі чекаю
  вже тижні працює зламаним надіслали колір скасуйте однієї вистачає обміняти добрий день рухається перевірте все
  була було були буде можу можете мені мене ви ваш ваше чи та але тут там немає ні так привіт доброго дуже ще
  тому який яка яке його її вони ми він вона сьогодні завтра вчора тиждень відправили отримав отримала товару
  порожня безкоштовна повернення новини знову тепер зараз також потрібно треба гарно дякуємо отримали відправте
  надішліть розмір коробка пакунок доставка оплатив оплатила відгук скарга мито`.split(/\s+/),
);
const RU_WORDS = new Set(
  `спасибо пожалуйста что это как когда где почему заказ можно пришло пришёл посылка бракованный деньги ничего жду
  уже недели работает сломанным прислали цвет отмените одной хватает обменять здравствуйте двигается проверьте всё
  была было были будет могу можете мне меня вы ваш ваше или но здесь там нет да привет добрый очень ещё еще
  который которая его её они мы он она сегодня завтра вчера неделю отправили получил получила товара есть
  пустая бесплатная возврат новости снова теперь сейчас также нужно надо хорошо спасибо получили отправьте
  пришлите размер коробка доставка оплатил оплатила отзыв жалоба пошлина`.split(/\s+/),
);

/** Site → its franc candidates and Latin head starts, computed once per site. */
interface SitePlan {
  languages: readonly string[];
  francOnly: string[];
  boosts: [number, number][];
}
const SITE_PLANS = new Map<string, SitePlan | null>();
function planFor(site: string | undefined): SitePlan | undefined {
  if (!site) return undefined;
  let plan = SITE_PLANS.get(site);
  if (plan === undefined) {
    const languages = siteLanguages(site);
    plan = languages
      ? {
          languages,
          francOnly: languages.map((l) => FRANC_CODES[l]).filter((c): c is string => !!c),
          // The first language gets the biggest head start; English (last) the smallest.
          boosts: languages
            .map((l, i): [number, number] => [LANG_INDEX.get(l) ?? -1, l === 'en' ? 0.3 : i === 0 ? 1 : 0.6])
            .filter(([index]) => index >= 0),
        }
      : null;
    SITE_PLANS.set(site, plan);
  }
  return plan ?? undefined;
}

// ── cleaning and script counting ───────────────────────────────────────────────────────────────────────────────

/**
 * URLs, e-mail addresses and every Latin/digit run holding a digit (order ids, ASINs, tracking numbers, "2pcs",
 * "iPhone15"). Only Latin letters go with the digits: CJK and Thai write without spaces ("3週間待っています").
 */
const URLS = /(?:https?:\/\/|www\.)\S+/gi;
/**
 * Runs of word characters and the punctuation ids and addresses are made of. Each run is judged on its own in
 * `stripNoise`: one regex over the whole text with `[\w…]*\d` restarted at every letter of a long letter run and
 * took seconds on a hostile 16,000-letter message; a run matched once is linear.
 */
const RUNS = /[\w#/.+@-]+/g;
const EMAIL = /^[\w.+-]+@[\w-]+\.[\w.-]+$/;
const ID_PARTS = /[\w#/.-]+/g;
const DIGIT = /\d/;
/** Detection needs a few sentences; a message longer than this is judged on its beginning. */
const MAX_DETECT_CHARS = 4_000;

function stripNoise(text: string): string {
  return text.replace(URLS, ' ').replace(RUNS, (run) => {
    if (run.includes('@') && EMAIL.test(run)) return ' ';
    if (!DIGIT.test(run)) return run;
    return run.replace(ID_PARTS, (part) => (DIGIT.test(part) ? ' ' : part));
  });
}

enum Script {
  Latin,
  Kana,
  Han,
  Hangul,
  Thai,
  Hebrew,
  Arabic,
  Devanagari,
  Cyrillic,
  Greek,
  Count,
}
const counts = new Int32Array(Script.Count);

function scriptOf(c: number): Script | -1 {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? Script.Latin : -1;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? -1 : Script.Latin;
  if (c >= 0x1e00 && c <= 0x1eff) return Script.Latin; // Vietnamese tone letters
  if (c >= 0x370 && c <= 0x3ff) return Script.Greek;
  if (c >= 0x400 && c <= 0x4ff) return Script.Cyrillic;
  if (c >= 0x590 && c <= 0x5ff) return Script.Hebrew;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff))
    return Script.Arabic;
  if (c >= 0xfe70 && c <= 0xfeff) return Script.Arabic;
  if (c >= 0x900 && c <= 0x97f) return Script.Devanagari;
  if (c >= 0xe00 && c <= 0xe7f) return Script.Thai;
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xac00 && c <= 0xd7af))
    return Script.Hangul;
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f))
    return Script.Kana;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
    return Script.Han;
  if (c >= 0x1f00 && c <= 0x1fff) return Script.Greek;
  return -1;
}

// ── detection ──────────────────────────────────────────────────────────────────────────────────────────────────

export function detectLanguageDetailed(
  text: string,
  hints: LanguageHints = {},
): LanguageDetection | undefined {
  const clean = stripNoise(text.length > MAX_DETECT_CHARS ? text.slice(0, MAX_DETECT_CHARS) : text);
  counts.fill(0);
  let han = 0; // Traditional minus Simplified
  let japaneseHan = 0;
  let cyrUk = 0;
  let cyrRu = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const script = scriptOf(c);
    if (script < 0) continue;
    counts[script]!++;
    if (script === Script.Han && c <= 0x9fff) {
      han += HAN_FORM[c - 0x4e00] ?? 0;
      if (JAPANESE_ONLY_HAN.has(c)) japaneseHan++;
    } else if (script === Script.Cyrillic) {
      if (UK_LETTERS.has(c)) cyrUk++;
      else if (RU_LETTERS.has(c)) cyrRu++;
    }
  }
  let best: Script = Script.Latin;
  let bestCount = 0;
  for (let s = Script.Kana; s < Script.Count; s++) {
    const n = s === Script.Kana && counts[Script.Kana]! > 0 ? counts[s]! + counts[Script.Han]! : counts[s]!;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  const latin = counts[Script.Latin]!;
  if (bestCount === 0 && latin === 0) return undefined;
  const plan = planFor(hints.site);
  // A non-Latin script wins unless it is a stray word in a Latin message ("is it compatible with 华为?").
  if (bestCount > 0 && bestCount * 3 >= latin)
    return byScript(best, bestCount, han, japaneseHan, cyrUk, cyrRu, clean, plan, hints);
  return byLatin(clean, latin, plan, hints);
}

function script(lang: string, confidence: LanguageDetection['confidence'] = 'high'): LanguageDetection {
  return { lang, confidence, by: 'script' };
}

function byScript(
  best: Script,
  n: number,
  han: number,
  japaneseHan: number,
  cyrUk: number,
  cyrRu: number,
  clean: string,
  plan: SitePlan | undefined,
  hints: LanguageHints,
): LanguageDetection {
  switch (best) {
    case Script.Kana:
      return script('ja');
    case Script.Hangul:
      return script('ko');
    case Script.Thai:
      return script('th');
    case Script.Hebrew:
      return script('he');
    case Script.Arabic:
      return script('ar');
    case Script.Devanagari:
      return script('hi');
    case Script.Greek:
      return script('el');
    case Script.Cyrillic:
      return cyrillic(clean, cyrUk, cyrRu);
    default: {
      // Han only. Kanji only Japanese writes decide; on a Japanese-only marketplace a kana-less "返品希望" is
      // still Japanese.
      const langs = plan?.languages;
      if (japaneseHan > 0) return script('ja', 'medium');
      if (langs?.includes('ja') && !langs.includes('zh') && !langs.includes('zh-TW'))
        return script('ja', 'medium');
      if (han > 0) return script('zh-TW', n >= 2 ? 'high' : 'medium');
      if (han < 0) return script('zh', n >= 2 ? 'high' : 'medium');
      // Nothing tells the two apart (好的, 收到了): the thread, then the marketplace, then Simplified.
      const known = hints.threadLanguage;
      if (known === 'zh-TW' || known === 'zh') return script(known, 'medium');
      const traditionalFirst =
        langs &&
        langs.indexOf('zh-TW') >= 0 &&
        !(langs.indexOf('zh') >= 0 && langs.indexOf('zh') < langs.indexOf('zh-TW'));
      return script(traditionalFirst ? 'zh-TW' : 'zh', 'medium');
    }
  }
}

function cyrillic(clean: string, cyrUk: number, cyrRu: number): LanguageDetection {
  let uk = cyrUk * 2;
  let ru = cyrRu * 2;
  for (const word of clean.toLowerCase().split(/[^\u0400-\u04ff]+/)) {
    if (UK_WORDS.has(word)) uk++;
    if (RU_WORDS.has(word)) ru++;
    if (word.length < 5) continue;
    // Infinitives and verbal nouns: Ukrainian -ти/-ння, Russian -ть/-ние (Russian -сти is mostly nouns: новости).
    if ((word.endsWith('ти') && !word.endsWith('сти')) || word.endsWith('ння')) uk += 0.5;
    else if (word.endsWith('ть') || word.endsWith('ние')) ru += 0.5;
  }
  return uk > ru ? script('uk', uk >= 2 ? 'high' : 'medium') : script('ru', ru >= 2 ? 'high' : 'medium');
}

/** Unlisted words of five letters or more: their ending/beginning, the longest match per language. */
const shapeSeen = new Uint8Array(LATIN_LANGS.length);
function scoreShape(word: string): void {
  shapeSeen.fill(0);
  for (const [ending, affix, index, weight] of AFFIXES) {
    if (shapeSeen[index] || affix.length >= word.length - 1) continue;
    if (ending ? word.endsWith(affix) : word.startsWith(affix)) {
      scores[index]! += weight;
      shapeSeen[index] = 1;
    }
  }
}

/** Anything but a Latin letter, either case (apostrophes split: "j'ai" → j, ai; "dov'è" → dov, è). */
const LATIN_SEPARATORS_ANY_CASE = /[^a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+/;
const ASCII = /^[a-z]+$/;
/** Two to five capitals: PO, UK, DHL, ASAP, SVP. */
const ACRONYM = /^[A-Z]{2,5}$/;

function byLatin(
  clean: string,
  letters: number,
  plan: SitePlan | undefined,
  hints: LanguageHints,
): LanguageDetection | undefined {
  scores.fill(0);
  const lower = clean.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0xa1) continue;
    const pairs = LETTERS.get(c);
    if (pairs) for (let p = 0; p < pairs.length; p += 2) scores[pairs[p]!]! += pairs[p + 1]!;
  }
  // Capitals inside a lowercase message are mostly abbreviations (PO box, UK plug, DHL, USB-C), not words: half weight.
  const mixedCase = lower !== clean && clean.toUpperCase() !== clean;
  for (const raw of clean.split(LATIN_SEPARATORS_ANY_CASE)) {
    if (!raw) continue;
    const word = raw.toLowerCase();
    const weight = mixedCase && raw.length <= 5 && word !== raw && ACRONYM.test(raw) ? 0.5 : 1;
    const pairs =
      EXACT_WORDS.get(word) ?? (ASCII.test(word) ? FOLDED_WORDS.get(word) : PLAIN_WORDS.get(fold(word)));
    if (pairs) for (let p = 0; p < pairs.length; p += 2) scores[pairs[p]!]! += weight * pairs[p + 1]!;
    else if (word.length >= 5) scoreShape(word);
  }
  // Head starts only for languages with evidence of their own: "ok" on shopee.vn stays undecided.
  if (plan) for (const [index, boost] of plan.boosts) if (scores[index]! > 0) scores[index]! += boost;
  const thread = hints.threadLanguage ? LANG_INDEX.get(hints.threadLanguage) : undefined;
  if (thread !== undefined && scores[thread]! > 0) scores[thread]! += 0.5;

  let first = -1;
  let second = -1;
  for (let i = 0; i < scores.length; i++) {
    if (first < 0 || scores[i]! > scores[first]!) {
      second = first;
      first = i;
    } else if (second < 0 || scores[i]! > scores[second]!) second = i;
  }
  const top = scores[first]!;
  const runnerUp = second >= 0 ? scores[second]! : 0;
  // A clear lead decides. A narrow one decides too on short text with no thread to fall back on: there the words
  // are still better evidence than franc's trigrams of a dozen letters ("é à prova de água?": pt 3, fr 2).
  const clear = top - runnerUp >= 0.5;
  if (top >= 1 && (clear || (top > runnerUp && letters < 30 && !hints.threadLanguage))) {
    const confidence = !clear
      ? 'low'
      : top >= 4 && top >= 2 * runnerUp
        ? 'high'
        : top >= 2
          ? 'medium'
          : 'low';
    return { lang: LATIN_LANGS[first]!, confidence, by: 'words' };
  }
  // Too little to judge: the thread's language is a better guess than trigrams of a few words.
  if (letters < 20 && hints.threadLanguage)
    return { lang: hints.threadLanguage, confidence: 'low', by: 'thread' };
  if (letters >= 4) {
    const lang = FROM_FRANC[franc(clean, { only: francCandidates(plan), minLength: 1 })];
    if (lang) return { lang, confidence: letters >= 60 ? 'medium' : 'low', by: 'franc' };
  }
  if (hints.threadLanguage) return { lang: hints.threadLanguage, confidence: 'low', by: 'thread' };
  return undefined;
}

/**
 * franc's candidates when the words did not decide: the languages the words pointed at (at most four, when they
 * pointed anywhere), else the marketplace's, else every Latin-script language we know. Reuses one array.
 */
const candidates: string[] = [];
function francCandidates(plan: SitePlan | undefined): string[] {
  candidates.length = 0;
  for (let round = 0; round < 4; round++) {
    let best = -1;
    for (let i = 0; i < scores.length; i++) {
      const code = FRANC_CODES[LATIN_LANGS[i]!];
      if (code && scores[i]! > 0 && !candidates.includes(code) && (best < 0 || scores[i]! > scores[best]!))
        best = i;
    }
    if (best < 0) break;
    candidates.push(FRANC_CODES[LATIN_LANGS[best]!]!);
  }
  if (candidates.length >= 2) return candidates;
  return plan?.francOnly.length ? plan.francOnly : ALL_FRANC;
}

export function detectLanguage(text: string, hints?: LanguageHints): string | undefined {
  return detectLanguageDetailed(text, hints)?.lang;
}

/** The language a thread's buyer writes in, judged on all their messages together (more text, better guess). */
export function dominantLanguage(texts: readonly string[], hints?: LanguageHints): string | undefined {
  return detectLanguage(texts.join('\n').slice(0, 4_000), hints);
}
