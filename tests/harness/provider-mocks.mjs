/**
 * Mock translation providers, answering under the real API hostnames through the fixture server (TESTING.md 3).
 *
 * Each mock implements its API's documented request validation and response shapes, error responses included, so
 * the extension's providers are exercised end to end without the network:
 * - Microsoft Edge `translatetext` (edge.microsoft.com): JSON array of strings in, one entry per text out;
 * - Google web endpoint (translate.googleapis.com `/translate_a/single`, GET or form POST);
 * - DeepL v2 (api-free.deepl.com for `:fx` keys, api.deepl.com for pro keys), JSON or form bodies;
 * - OpenAI-compatible chat completions (api.openai.com, api.deepseek.com, dashscope.aliyuncs.com compatible mode,
 *   api.siliconflow.cn);
 * - Baidu Fanyi (fanyi-api.baidu.com), md5 sign checked, errors as `error_code` JSON with HTTP 200.
 *
 * Translation is deterministic: a phrase table (the fixture messages the E2E tests use) matched whole or line by
 * line, where order ids, tracking numbers and placeholder tokens are slots carried over from the input; anything
 * else becomes `[<target>] <text>`, which keeps placeholders untouched and is visibly ours.
 *
 * Control (for tests): `set(host, { status?, times?, delayMs?, body?, headers?, errorCode? })` overrides the next
 * `times` answers (every answer when `times` is undefined); `body` may be a value or `(request) => value`; for
 * Baidu, `errorCode: '54003'` answers that Baidu error with HTTP 200 (Baidu never uses HTTP error statuses for its
 * own errors). `requests(host)` lists what each host received; `reset()` forgets overrides and requests.
 */
import { createHash } from 'node:crypto';

export const PROVIDER_HOSTS = [
  'edge.microsoft.com',
  'translate.googleapis.com',
  'api-free.deepl.com',
  'api.deepl.com',
  'api.openai.com',
  'api.deepseek.com',
  'dashscope.aliyuncs.com',
  'api.siliconflow.cn',
  'fanyi-api.baidu.com',
];

/** The keys the mocks accept (the shared brief's test keys). */
export const MOCK_KEYS = {
  deeplFree: 'test-deepl-key:fx',
  deeplPro: 'test-deepl-pro-key',
  openai: 'sk-test',
  baiduAppId: '20260101000001',
  baiduSecret: 'test-baidu-secret',
};

/** Where each OpenAI-compatible host serves chat completions. */
const OPENAI_PATHS = {
  'api.openai.com': ['/v1/chat/completions'],
  'api.deepseek.com': ['/chat/completions', '/v1/chat/completions'],
  'dashscope.aliyuncs.com': ['/compatible-mode/v1/chat/completions'],
  'api.siliconflow.cn': ['/v1/chat/completions'],
};

// ——— Phrase table ———

/**
 * Groups of equivalent texts, one per language (ISO 639-1, `zh` Simplified). Order ids and tracking numbers in a
 * text are slots: the translation carries over whatever the input had there (a real id or a placeholder token).
 */
export const PHRASES = [
  // The shared brief's test phrases.
  {
    de: 'Wo ist meine Bestellung? Sie ist noch nicht angekommen.',
    zh: '我的订单在哪里？还没有到。',
    en: 'Where is my order? It has not arrived yet.',
  },
  {
    th: 'สินค้ายังไม่ได้รับเลยค่ะ ช่วยตรวจสอบให้หน่อย',
    zh: '还没有收到商品，请帮忙查一下。',
    en: 'I have not received the item yet, please check it for me.',
  },
  {
    zh: '您好，您的包裹已经发出，预计三天内送达。',
    de: 'Hallo, Ihr Paket wurde versandt und wird voraussichtlich innerhalb von drei Tagen zugestellt.',
    th: 'สวัสดีค่ะ พัสดุของคุณถูกส่งออกแล้ว คาดว่าจะถึงภายในสามวัน',
    en: 'Hello, your parcel has been shipped and should arrive within three days.',
  },
  // Amazon fixtures (German), line by line.
  { de: 'Guten Tag,', zh: '您好，', en: 'Good day,' },
  {
    de: 'ich habe am 28. August eine Kaffeemühle (Edelstahl, manuell) bestellt. Die Sendungsverfolgung zeigt seit vier Tagen keinen neuen Status.',
    zh: '我在8月28日订购了一台咖啡磨（不锈钢，手动）。物流跟踪已经四天没有新的状态了。',
    en: 'I ordered a coffee grinder (stainless steel, manual) on 28 August. The tracking has shown no new status for four days.',
  },
  { de: 'Wo ist meine Bestellung?', zh: '我的订单在哪里？', en: 'Where is my order?' },
  { de: 'Mit freundlichen Grüßen', zh: '此致敬礼', en: 'Kind regards' },
  { de: 'Jürgen', zh: 'Jürgen', en: 'Jürgen' },
  { de: 'Hallo?', zh: '你好？', en: 'Hello?' },
  {
    de: 'Danke, mir wäre eine Rückerstattung aber lieber als ein Ersatz. Geht das noch?',
    zh: '谢谢，不过我更希望退款而不是换货。还可以吗？',
    en: 'Thanks, but I would prefer a refund to a replacement. Is that still possible?',
  },
  {
    de: 'Hallo, gibt es Neuigkeiten zu meiner Bestellung?',
    zh: '你好，我的订单有新消息吗？',
    en: 'Hi, any news about my order?',
  },
  {
    de: 'Können Sie die Sendungsnummer prüfen?',
    zh: '您能查一下运单号吗？',
    en: 'Could you check the tracking number?',
  },
  { de: 'Das Ladekabel fehlt.', zh: '充电线不见了。', en: 'The charging cable is missing.' },
  { de: 'Hallo,', zh: '你好，', en: 'Hello,' },
  {
    de: 'der Lampenschirm ist mit einer großen Delle angekommen (siehe Fotos). Der Fuß ist in Ordnung.',
    zh: '灯罩到货时有一个很大的凹痕（见照片）。底座没问题。',
    en: 'The lampshade arrived with a big dent (see photos). The base is fine.',
  },
  {
    de: 'Können Sie mir einen neuen Schirm schicken?',
    zh: '您能给我寄一个新灯罩吗？',
    en: 'Can you send me a new shade?',
  },
  // eBay fixtures (German).
  {
    de: 'Hallo! Ich habe gerade die AE-1 gekauft (Bestellung 13-24680-13579). Können Sie versichert versenden und das Objektiv separat verpacken?',
    zh: '你好！我刚买了 AE-1（订单 13-24680-13579）。您能投保寄送并把镜头单独包装吗？',
    en: 'Hello! I just bought the AE-1 (order 13-24680-13579). Can you ship insured and pack the lens separately?',
  },
  {
    de: 'Ist der originale Objektivdeckel dabei?',
    zh: '原装镜头盖包括在内吗？',
    en: 'Is the original lens cap included?',
  },
  {
    de: 'Super, danke. Haben Sie auch noch das 28-mm-Objektiv aus Ihrem anderen Angebot?',
    zh: '太好了，谢谢。您另一个商品里的 28mm 镜头还有吗？',
    en: 'Great, thanks. Do you still have the 28 mm lens from your other listing?',
  },
  {
    de: 'Danke. Wenn Sie das 28er auf 40 € reduzieren, kaufe ich es heute noch.',
    zh: '谢谢。如果您把 28mm 镜头降到 40 欧元，我今天就买。',
    en: 'Thanks. If you reduce the 28 mm to 40 €, I will buy it today.',
  },
  {
    de: 'Hallo, ich habe am Freitag bezahlt. Wann schicken Sie den Bohrschrauber los?',
    zh: '你好，我星期五已经付款了。您什么时候寄出电钻？',
    en: 'Hello, I paid on Friday. When will you send the drill?',
  },
  {
    de: 'Ist die Münze noch in der Originalkapsel? Und versenden Sie im Münzrähmchen?',
    zh: '硬币还在原装胶囊里吗？您是用硬币框寄送吗？',
    en: 'Is the coin still in its original capsule? And do you ship it in a coin holder?',
  },
  {
    de: 'Heute angekommen, wunderschöne Münze. Bestellung 09-76543-21099 ist erledigt, danke!',
    zh: '今天到了，非常漂亮的硬币。订单 09-76543-21099 已完成，谢谢！',
    en: 'Arrived today, a beautiful coin. Order 09-76543-21099 is done, thanks!',
  },
  {
    de: 'Der Karton kam zerdrückt an 😢📦 und der Deckel ist angeschlagen, siehe Foto.',
    zh: '纸箱到的时候被压坏了 😢📦，盖子也有磕碰，见照片。',
    en: 'The box arrived crushed 😢📦 and the lid is chipped, see photo.',
  },
  // Shopee fixtures (Thai), line by line.
  {
    th: 'สวัสดีครับ คำสั่งซื้อ 261119T9W3E5R7 ยังไม่ได้จัดส่งเลยครับ',
    zh: '你好，订单 261119T9W3E5R7 还没有发货。',
    en: 'Hello, order 261119T9W3E5R7 has not been shipped yet.',
  },
  { th: 'รอมา 3 วันแล้ว', zh: '已经等了 3 天了。', en: 'I have waited 3 days already.' },
  { th: 'ยังติดตามพัสดุไม่ได้เลยครับ', zh: '包裹还是查不到物流信息。', en: 'I still cannot track the parcel.' },
  { th: 'ประมาณกี่วันถึงครับ?', zh: '大概几天能到？', en: 'About how many days until it arrives?' },
  { th: 'สินค้ายังมีอยู่ไหมคะ', zh: '商品还有货吗？', en: 'Is the item still available?' },
  { th: 'ขอบคุณค่ะ', zh: '谢谢。', en: 'Thank you.' },
  {
    th: 'ได้รับสินค้าแล้วค่ะ คุณภาพดีมาก!',
    zh: '已经收到商品了，质量非常好！',
    en: 'I received the item, the quality is very good!',
  },
  { th: 'เก็บเงินปลายทางได้ไหมครับ', zh: '可以货到付款吗？', en: 'Can I pay cash on delivery?' },
  { th: 'โอเคครับ', zh: '好的。', en: 'OK.' },
  {
    th: 'ได้รับของแล้วครับ 😀🚚𝒜 ขอบคุณครับ 👨‍👩‍👧‍👦 🇹🇭🇲🇾',
    zh: '已经收到东西了 😀🚚𝒜 谢谢 👨‍👩‍👧‍👦 🇹🇭🇲🇾',
    en: 'Got it 😀🚚𝒜 thank you 👨‍👩‍👧‍👦 🇹🇭🇲🇾',
  },
];

/**
 * Slots: placeholder tokens in any of the usual shapes (⟦0⟧, [[0]], {{0}}, <x id="0"/>, __PH0__, @@0@@) and id-like
 * runs (order ids, tracking numbers, SKUs: 6+ letters/digits/dashes with at least 4 digits).
 */
const SLOT_RE =
  /⟦[^⟧\n]{1,24}⟧|\[\[[^\]\n]{1,24}\]\]|\{\{[^}\n]{1,24}\}\}|<(?:x|ph|span)\b[^>\n]{0,60}\/?>|__[A-Za-z]*\d+__|@@\d+@@|\b(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9](?:[A-Z0-9-]{4,})[A-Z0-9]\b/g;

function shape(text) {
  const slots = [];
  const key = text.trim().replace(SLOT_RE, (m) => {
    slots.push(m);
    return '\u0001';
  });
  return { key, slots };
}

/** key (with slots) → { lang, group } */
const PHRASE_INDEX = new Map();
for (const group of PHRASES) {
  for (const [lang, text] of Object.entries(group)) {
    const { key } = shape(text);
    if (!PHRASE_INDEX.has(key)) PHRASE_INDEX.set(key, { lang, group });
  }
}

function fillSlots(template, slots) {
  let i = 0;
  return template.replace(SLOT_RE, (m) => (i < slots.length ? slots[i++] : m));
}

function lookup(text, target) {
  const { key, slots } = shape(text);
  const hit = PHRASE_INDEX.get(key);
  if (!hit) return undefined;
  const out = hit.group[baseLang(target)] ?? (target === 'zh-TW' ? hit.group.zh : undefined);
  return { lang: hit.lang, text: out === undefined ? undefined : fillSlots(out, slots) };
}

function baseLang(code) {
  return code === 'zh-TW' ? 'zh' : code;
}

/** A trivial script check for the detected source when the phrase table does not know the text. */
export function scriptLanguage(text) {
  if (/[\u0E00-\u0E7F]/.test(text)) return 'th';
  if (/[\u3040-\u30FF]/.test(text)) return 'ja';
  if (/[\uAC00-\uD7AF]/.test(text)) return 'ko';
  if (/[\u4E00-\u9FFF]/.test(text)) return 'zh';
  if (/[\u0600-\u06FF]/.test(text)) return 'ar';
  if (/[\u0590-\u05FF]/.test(text)) return 'he';
  if (/[\u0400-\u04FF]/.test(text)) return 'ru';
  if (/[\u0900-\u097F]/.test(text)) return 'hi';
  if (/[äöüß]/i.test(text)) return 'de';
  return 'en';
}

/**
 * The mock translation of one text into `target` (ISO 639-1 / zh-TW): the phrase table whole, else line by line
 * when every non-empty line is known, else `[<target>] <text>`. Returns the detected source too.
 */
export function mockTranslate(text, target) {
  const whole = lookup(text, target);
  if (whole?.text !== undefined) return { text: whole.text, detected: whole.lang };
  const lines = text.split('\n');
  const known = lines.map((line) => (line.trim() ? lookup(line, target) : { text: line }));
  if (lines.some((l) => l.trim()) && known.every((k) => k?.text !== undefined)) {
    const lang = known.find((k) => k.lang)?.lang;
    return { text: known.map((k, i) => (lines[i].trim() ? k.text : lines[i])).join('\n'), detected: lang };
  }
  const detected = whole?.lang ?? known.find((k) => k?.lang)?.lang ?? scriptLanguage(text);
  if (detected === baseLang(target) && target !== 'zh-TW') return { text, detected };
  return { text: `[${target}] ${text}`, detected };
}

// ——— Language codes each API accepts (independent of the extension's own tables on purpose) ———

/** Microsoft Translator codes (Edge). Reverse: code → ISO used by the phrase table. */
const EDGE_CODES = new Set(
  'af am ar as az bg bn bs ca cs cy da de el en es et fa fi fil fj fr fr-CA ga gu he hi hr ht hu hy id is it ja kk km kn ko ku lo lt lv mg mi ml mr ms mt my nb ne nl or pa pl prs ps pt pt-PT ro ru sk sl sm sq sr-Cyrl sr-Latn sv sw ta te th to tr ty uk ur vi yue zh-Hans zh-Hant'.split(
    ' ',
  ),
);
const EDGE_TO_ISO = { 'zh-Hans': 'zh', 'zh-Hant': 'zh-TW', fil: 'tl', nb: 'no', 'pt-PT': 'pt' };
const ISO_TO_EDGE = { zh: 'zh-Hans', 'zh-TW': 'zh-Hant', tl: 'fil', no: 'nb' };

const GOOGLE_CODES = new Set(
  'af am ar az be bg bn bs ca ceb co cs cy da de el en eo es et eu fa fi fr fy ga gd gl gu ha haw he hi hmn hr ht hu hy id ig is it iw ja jw ka kk km kn ko ku ky la lb lo lt lv mg mi mk ml mn mr ms mt my ne nl no ny pa pl ps pt ro ru sd si sk sl sm sn so sq sr st su sv sw ta te tg th tl tr uk ur uz vi xh yi yo zh-CN zh-TW zu'.split(
    ' ',
  ),
);
const GOOGLE_TO_ISO = { 'zh-CN': 'zh', iw: 'he', jw: 'jv' };
const ISO_TO_GOOGLE = { zh: 'zh-CN', he: 'iw' };

/** DeepL v2 (the classic list; EN and PT are accepted as deprecated unspecified variants). */
const DEEPL_SOURCE = new Set(
  'AR BG CS DA DE EL EN ES ET FI FR HU ID IT JA KO LT LV NB NL PL PT RO RU SK SL SV TR UK ZH'.split(' '),
);
const DEEPL_TARGET = new Set(
  'AR BG CS DA DE EL EN EN-GB EN-US ES ET FI FR HU ID IT JA KO LT LV NB NL PL PT PT-BR PT-PT RO RU SK SL SV TR UK ZH ZH-HANS ZH-HANT'.split(
    ' ',
  ),
);
function deeplToIso(code) {
  const upper = code.toUpperCase();
  if (upper === 'ZH-HANT') return 'zh-TW';
  if (upper === 'NB') return 'no';
  return upper.split('-')[0].toLowerCase();
}

/** Baidu Fanyi codes (the common ones plus the extended list entries the extension maps to). */
const BAIDU_TO_ISO = {
  zh: 'zh',
  cht: 'zh-TW',
  en: 'en',
  jp: 'ja',
  kor: 'ko',
  fra: 'fr',
  spa: 'es',
  th: 'th',
  ara: 'ar',
  ru: 'ru',
  pt: 'pt',
  de: 'de',
  it: 'it',
  el: 'el',
  nl: 'nl',
  pl: 'pl',
  bul: 'bg',
  est: 'et',
  dan: 'da',
  fin: 'fi',
  cs: 'cs',
  rom: 'ro',
  slo: 'sl',
  swe: 'sv',
  hu: 'hu',
  vie: 'vi',
  yue: 'yue',
  wyw: 'wyw',
  id: 'id',
  may: 'ms',
  fil: 'tl',
  hi: 'hi',
  tr: 'tr',
  heb: 'he',
  ukr: 'uk',
  nor: 'no',
};
const ISO_TO_BAIDU = Object.fromEntries(Object.entries(BAIDU_TO_ISO).map(([b, iso]) => [iso, b]));

// ——— Helpers ———

function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isStringArray(value) {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function formParams(text) {
  return Object.fromEntries(new URLSearchParams(text));
}

function contentType(req) {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers to CORS preflights and the header every answer carries (the worker calls some hosts cross-origin). */
function corsHeaders(req) {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers':
      req.headers['access-control-request-headers'] ?? 'Authorization, Content-Type, Accept',
    'Access-Control-Max-Age': '600',
    'Access-Control-Expose-Headers': 'Retry-After',
  };
}

// ——— Provider handlers: each returns { status, body, headers? } ———

/** The Edge endpoint reads text as HTML: entities in, escaped characters out (what the provider must undo). */
function htmlDecode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, body) => {
    if (body[0] === '#') {
      return String.fromCodePoint(
        body[1].toLowerCase() === 'x' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1)),
      );
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[body.toLowerCase()];
  });
}
function htmlEscape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function edgeHandler(request) {
  const json = (status, body) => ({ status, body });
  const fail = (status, code, message) => json(status, { error: { code, message } });
  if (request.method !== 'POST' || request.path !== '/translate/translatetext') {
    return fail(404, 404000, 'The requested resource was not found.');
  }
  const { to, from } = request.query;
  if (!to) return fail(400, 400036, 'The target language is not valid.');
  if (!EDGE_CODES.has(to)) return fail(400, 400036, 'The target language is not valid.');
  if (from && !EDGE_CODES.has(from)) return fail(400, 400035, 'The source language is not valid.');
  if (contentType(request) !== 'application/json') {
    return fail(415, 415000, 'The Content-Type header is missing or invalid.');
  }
  const parsed = parseJson(request.body);
  if (!parsed.ok || !isStringArray(parsed.value)) {
    return fail(400, 400074, 'The body of the request is not valid JSON.');
  }
  if (parsed.value.length > 1000) return fail(400, 400077, 'The maximum request size has been exceeded.');
  const target = EDGE_TO_ISO[to] ?? to;
  return json(
    200,
    parsed.value.map((text) => {
      const out = mockTranslate(htmlDecode(text), target);
      const translations = [{ text: htmlEscape(out.text), to }];
      // Like Microsoft Translator v3: a detected language only when the source was left to detection.
      if (from) return { translations };
      return {
        detectedLanguage: { language: ISO_TO_EDGE[out.detected] ?? out.detected, score: 1 },
        translations,
      };
    }),
  );
}

function googleHandler(request) {
  if (request.path !== '/translate_a/single') return { status: 404, body: 'Not Found', type: 'text/html' };
  const params = { ...request.query };
  if (request.method === 'POST') {
    if (contentType(request) !== 'application/x-www-form-urlencoded') {
      return { status: 400, body: 'Bad Request', type: 'text/html' };
    }
    Object.assign(params, formParams(request.body));
  } else if (request.method !== 'GET') {
    return { status: 405, body: 'Method Not Allowed', type: 'text/html' };
  }
  const { client, sl = 'auto', tl, q } = params;
  if (client !== 'gtx' || !tl || q === undefined || !request.queryAll.dt?.includes('t')) {
    return { status: 400, body: 'Bad Request', type: 'text/html' };
  }
  if (!GOOGLE_CODES.has(tl) || (sl !== 'auto' && !GOOGLE_CODES.has(sl))) {
    return { status: 400, body: 'Bad Request', type: 'text/html' };
  }
  const target = GOOGLE_TO_ISO[tl] ?? tl;
  const out = mockTranslate(q, target);
  // One segment per line, like Google's per-sentence segments: the newline stays on its segment.
  const sourceLines = q.split(/(?<=\n)/);
  const translatedLines = out.text.split(/(?<=\n)/);
  const segments =
    sourceLines.length === translatedLines.length
      ? translatedLines.map((t, i) => [t, sourceLines[i], null, null, 10])
      : [[out.text, q, null, null, 10]];
  const detected = sl !== 'auto' ? sl : (ISO_TO_GOOGLE[out.detected] ?? out.detected);
  return {
    status: 200,
    body: [segments, null, detected, null, null, null, 1, [], [[detected], null, [1], [detected]]],
  };
}

function deeplHandler(request, host) {
  const fail = (status, message) => ({ status, body: message === undefined ? '' : { message } });
  if (request.path !== '/v2/translate') return fail(404, 'Not found');
  if (request.method !== 'POST') return fail(405, 'Method not allowed');
  const auth = String(request.headers.authorization ?? '');
  const match = /^DeepL-Auth-Key (.+)$/.exec(auth);
  if (!match) return fail(403, 'Authorization failed. Please supply a valid auth_key parameter.');
  const key = match[1];
  const free = host === 'api-free.deepl.com';
  if (key !== MOCK_KEYS.deeplFree && key !== MOCK_KEYS.deeplPro) {
    return fail(403, 'Authorization failed. Please supply a valid auth_key parameter.');
  }
  if (free && key === MOCK_KEYS.deeplPro) return fail(403, 'Wrong endpoint. Use https://api.deepl.com');
  if (!free && key === MOCK_KEYS.deeplFree)
    return fail(403, 'Wrong endpoint. Use https://api-free.deepl.com');
  let text;
  let targetLang;
  let sourceLang;
  const type = contentType(request);
  if (type === 'application/json') {
    const parsed = parseJson(request.body);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) {
      return fail(400, 'Invalid request: Expected a JSON object.');
    }
    ({ text, target_lang: targetLang, source_lang: sourceLang } = parsed.value);
  } else if (type === 'application/x-www-form-urlencoded') {
    const params = new URLSearchParams(request.body);
    text = params.getAll('text');
    targetLang = params.get('target_lang') ?? undefined;
    sourceLang = params.get('source_lang') ?? undefined;
  } else {
    return fail(415, 'Unsupported Media Type');
  }
  if (!isStringArray(text) || text.length === 0) return fail(400, "Parameter 'text' not specified.");
  if (text.length > 50) return fail(413, 'Request Entity Too Large');
  if (!targetLang) return fail(400, "Value for 'target_lang' not specified.");
  if (!DEEPL_TARGET.has(String(targetLang).toUpperCase())) {
    return fail(400, "Value for 'target_lang' not supported.");
  }
  if (sourceLang !== undefined && !DEEPL_SOURCE.has(String(sourceLang).toUpperCase())) {
    return fail(400, "Value for 'source_lang' not supported.");
  }
  const target = deeplToIso(targetLang);
  return {
    status: 200,
    body: {
      translations: text.map((t) => {
        const out = mockTranslate(t, target);
        const detected = sourceLang ? String(sourceLang).toUpperCase() : out.detected.toUpperCase();
        return { detected_source_language: detected, text: out.text };
      }),
    },
  };
}

/** Pulls the target code out of the system prompt's `Target language: German [de]` line. */
function openaiTarget(system) {
  return /Target language:[^\n[]*\[([A-Za-z-]+)\]/.exec(system ?? '')?.[1];
}

/** The JSON array the batch prompt carries (the last `[` … `]` block of the user message). */
function openaiBatch(user) {
  const start = user.indexOf('\n[');
  if (start < 0) return undefined;
  const parsed = parseJson(user.slice(start + 1));
  return parsed.ok && isStringArray(parsed.value) ? parsed.value : undefined;
}

function openaiHandler(request, host) {
  const fail = (status, message, type, code = null) => ({
    status,
    body: { error: { message, type, param: null, code } },
  });
  if (!OPENAI_PATHS[host].includes(request.path)) {
    return fail(404, `Invalid URL (${request.method} ${request.path})`, 'invalid_request_error');
  }
  if (request.method !== 'POST') return fail(405, 'Method not allowed', 'invalid_request_error');
  const auth = String(request.headers.authorization ?? '');
  const key = /^Bearer (.+)$/.exec(auth)?.[1];
  if (!key) {
    return fail(
      401,
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.",
      'invalid_request_error',
    );
  }
  if (key !== MOCK_KEYS.openai) {
    return fail(
      401,
      `Incorrect API key provided: ${key.slice(0, 3)}****${key.slice(-4)}.`,
      'invalid_request_error',
      'invalid_api_key',
    );
  }
  if (contentType(request) !== 'application/json') {
    return fail(400, 'Content-Type must be application/json', 'invalid_request_error');
  }
  const parsed = parseJson(request.body);
  const body = parsed.ok ? parsed.value : undefined;
  if (!body || typeof body.model !== 'string' || !body.model || !Array.isArray(body.messages)) {
    return fail(
      400,
      "We could not parse the JSON body of your request or 'model'/'messages' is missing.",
      'invalid_request_error',
    );
  }
  const system = body.messages.find((m) => m?.role === 'system')?.content;
  const user = [...body.messages].reverse().find((m) => m?.role === 'user')?.content;
  if (typeof user !== 'string')
    return fail(400, "'messages' must contain a user message.", 'invalid_request_error');
  const target = openaiTarget(system) ?? 'en';
  const batch = openaiBatch(user);
  const content = batch
    ? JSON.stringify(batch.map((t) => mockTranslate(t, target).text))
    : mockTranslate(user, target).text;
  return {
    status: 200,
    body: {
      id: `chatcmpl-mock-${request.seq}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: {
        prompt_tokens: user.length,
        completion_tokens: content.length,
        total_tokens: user.length + content.length,
      },
    },
  };
}

function baiduError(code, msg) {
  return { status: 200, body: { error_code: code, error_msg: msg } };
}

function baiduHandler(request) {
  if (request.path !== '/api/trans/vip/translate')
    return { status: 404, body: 'Not Found', type: 'text/html' };
  let params;
  if (request.method === 'GET') params = request.query;
  else if (request.method === 'POST') {
    if (contentType(request) !== 'application/x-www-form-urlencoded')
      return baiduError('54000', 'PARAM_FROM_TO_OR_Q_EMPTY');
    params = formParams(request.body);
  } else return { status: 405, body: 'Method Not Allowed', type: 'text/html' };
  const { q, from, to, appid, salt, sign } = params;
  if (!q || !from || !to || !appid || !salt || !sign) return baiduError('54000', 'PARAM_FROM_TO_OR_Q_EMPTY');
  if (appid !== MOCK_KEYS.baiduAppId) return baiduError('52003', 'UNAUTHORIZED USER');
  const expected = createHash('md5')
    .update(`${appid}${q}${salt}${MOCK_KEYS.baiduSecret}`, 'utf8')
    .digest('hex');
  if (sign.toLowerCase() !== expected) return baiduError('54001', 'Invalid Sign');
  if ((from !== 'auto' && !(from in BAIDU_TO_ISO)) || !(to in BAIDU_TO_ISO)) {
    return baiduError('58001', 'INVALID_TO_PARAM');
  }
  const target = BAIDU_TO_ISO[to];
  // Like Baidu: one result per non-empty line (blank lines are dropped, not answered).
  const lines = q.split('\n').filter((line) => line.trim());
  const results = lines.map((line) => ({ src: line, dst: mockTranslate(line, target).text }));
  const detected = from !== 'auto' ? from : (ISO_TO_BAIDU[mockTranslate(q, target).detected] ?? 'en');
  return { status: 200, body: { from: detected, to, trans_result: results } };
}

/** Default error bodies when a test forces a status with `set(host, { status })` and gives no body. */
function forcedError(kind, status, host) {
  if (kind === 'deepl') {
    const messages = { 403: 'Authorization failed.', 429: 'Too many requests', 456: 'Quota exceeded' };
    return { message: messages[status] ?? 'Internal server error' };
  }
  if (kind === 'openai') {
    if (status === 429) {
      return {
        error: {
          message: 'Rate limit reached for requests. Please try again in 1s.',
          type: 'requests',
          param: null,
          code: 'rate_limit_exceeded',
        },
      };
    }
    if (status === 401) {
      return {
        error: {
          message: 'Incorrect API key provided.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      };
    }
    return {
      error: {
        message: 'The server had an error while processing your request.',
        type: 'server_error',
        param: null,
        code: null,
      },
    };
  }
  if (kind === 'edge') {
    return {
      error: { code: status * 1000 + 1, message: status === 429 ? 'Too many requests.' : 'Service error.' },
    };
  }
  if (kind === 'baidu')
    return { error_code: status === 429 ? '54003' : '52002', error_msg: `HTTP ${status} (${host})` };
  return status === 429 ? 'Too Many Requests' : 'Server Error';
}

const KINDS = {
  'edge.microsoft.com': 'edge',
  'translate.googleapis.com': 'google',
  'api-free.deepl.com': 'deepl',
  'api.deepl.com': 'deepl',
  'api.openai.com': 'openai',
  'api.deepseek.com': 'openai',
  'dashscope.aliyuncs.com': 'openai',
  'api.siliconflow.cn': 'openai',
  'fanyi-api.baidu.com': 'baidu',
};

const HANDLERS = {
  edge: edgeHandler,
  google: googleHandler,
  deepl: deeplHandler,
  openai: openaiHandler,
  baidu: baiduHandler,
};

/**
 * The mock set the fixture server routes provider hosts to.
 * @returns {{
 *   hosts: string[],
 *   handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, host: string, body: string) => boolean,
 *   set: (host: string, behaviour: { status?: number, times?: number, delayMs?: number, body?: unknown, headers?: Record<string,string>, errorCode?: string } | null) => void,
 *   requests: (host?: string) => Array<{ seq: number, host: string, method: string, path: string, query: Record<string,string>, queryAll: Record<string,string[]>, headers: Record<string, string|string[]|undefined>, body: string, status: number, at: number }>,
 *   reset: () => void,
 * }}
 */
export function createProviderMocks() {
  const hosts = new Set(PROVIDER_HOSTS);
  /** host → behaviour override */
  const behaviours = new Map();
  const log = [];
  let seq = 0;

  function takeBehaviour(host) {
    const b = behaviours.get(host);
    if (!b) return undefined;
    if (b.times !== undefined) {
      b.times -= 1;
      if (b.times <= 0) behaviours.delete(host);
    }
    return b;
  }

  function handle(req, res, host, body = '') {
    if (!hosts.has(host)) return false;
    const cors = corsHeaders(req);
    // Preflights are answered at once and not recorded (they never carry a key or a text).
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return true;
    }
    const url = new URL(req.url ?? '/', `https://${host}`);
    const queryAll = {};
    for (const [k, v] of url.searchParams) {
      if (!queryAll[k]) queryAll[k] = [];
      queryAll[k].push(v);
    }
    const request = {
      seq: ++seq,
      host,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      queryAll,
      headers: { ...req.headers },
      body: typeof body === 'string' ? body : Buffer.from(body ?? '').toString('utf8'),
      status: 0,
      at: Date.now(),
    };
    log.push(request);
    const kind = KINDS[host];
    const behaviour = takeBehaviour(host);

    let answer;
    if (
      behaviour &&
      (behaviour.status !== undefined || behaviour.body !== undefined || behaviour.errorCode)
    ) {
      const status = behaviour.status ?? 200;
      let forced = typeof behaviour.body === 'function' ? behaviour.body(request) : behaviour.body;
      if (forced === undefined && behaviour.errorCode)
        forced = { error_code: behaviour.errorCode, error_msg: 'Mock error' };
      if (forced === undefined) forced = forcedError(kind, status, host);
      const headers = { ...(behaviour.headers ?? {}) };
      if (status === 429 && !Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after')) {
        headers['Retry-After'] = '1';
      }
      answer = { status, body: forced, headers };
    } else {
      answer = HANDLERS[kind](request, host);
    }

    const send = () => {
      request.status = answer.status;
      if (res.destroyed) return;
      const isText = typeof answer.body === 'string';
      const type = answer.type ?? (isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8');
      const payload = isText ? answer.body : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        ...cors,
        'Content-Type': type,
        'Cache-Control': 'no-store',
        ...(answer.headers ?? {}),
      });
      res.end(payload);
    };
    if (behaviour?.delayMs) sleep(behaviour.delayMs).then(send);
    else send();
    return true;
  }

  return {
    hosts: [...PROVIDER_HOSTS],
    handle,
    set(host, behaviour) {
      if (!hosts.has(host)) throw new Error(`Not a provider mock host: ${host}`);
      if (behaviour) behaviours.set(host, { ...behaviour });
      else behaviours.delete(host);
    },
    requests(host) {
      return host ? log.filter((r) => r.host === host) : [...log];
    },
    reset() {
      behaviours.clear();
      log.length = 0;
    },
  };
}
