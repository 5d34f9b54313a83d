#!/usr/bin/env node
/**
 * Self-check of the mock translation providers through the HTTPS fixture server:
 *   ./node_modules/.bin/node tests/harness/check-provider-mocks.mjs
 * Calls every provider host the way the extension does (Node https, the real hostname as SNI and Host header,
 * the self-signed certificate accepted), checks the documented answer shapes, the error shapes and the control
 * object (forced statuses, delays, request log), and exits non-zero when a check fails.
 */
import { createHash } from 'node:crypto';
import https from 'node:https';
import { assert, check, equal, results } from './fixture-checks.mjs';
import { launchChromium, startFixtureServer } from './fixture-server.mjs';
import { MOCK_KEYS, PROVIDER_HOSTS } from './provider-mocks.mjs';

const server = await startFixtureServer();

/** One request to `https://<host><path>` answered by the local server. */
function call(host, path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: server.port,
        servername: host,
        path,
        method,
        headers: { Host: host, ...headers },
        rejectUnauthorized: false,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {}
          resolve({ status: res.statusCode, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const json = (value) => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });
const form = (params) => ({
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(params).toString(),
});
const GERMAN = 'Wo ist meine Bestellung? Sie ist noch nicht angekommen.';
const THAI = 'สินค้ายังไม่ได้รับเลยค่ะ ช่วยตรวจสอบให้หน่อย';
const REPLY = '您好，您的包裹已经发出，预计三天内送达。';

console.log('Provider mocks');

await check('every provider host is in the certificate and answers CORS preflights', async () => {
  for (const host of PROVIDER_HOSTS) {
    const res = await call(host, '/anything', {
      method: 'OPTIONS',
      headers: {
        'Access-Control-Request-Headers': 'authorization,content-type',
        Origin: 'chrome-extension://x',
      },
    });
    equal(res.status, 204, `${host} preflight`);
    equal(res.headers['access-control-allow-origin'], '*', `${host} allow-origin`);
    assert(
      /authorization/i.test(res.headers['access-control-allow-headers']),
      `${host} allows Authorization`,
    );
  }
});

await check('edge: batch of texts, phrase table, detected language, zh-Hans target', async () => {
  const res = await call(
    'edge.microsoft.com',
    '/translate/translatetext?from=&to=zh-Hans&isEnterpriseClient=false',
    {
      method: 'POST',
      ...json([GERMAN, THAI, 'Order {{0}} please']),
    },
  );
  equal(res.status, 200, 'status');
  equal(res.json.length, 3, 'one entry per text');
  equal(res.json[0].translations[0].text, '我的订单在哪里？还没有到。', 'German phrase');
  equal(res.json[0].detectedLanguage.language, 'de', 'detected de');
  equal(res.json[1].translations[0].text, '还没有收到商品，请帮忙查一下。', 'Thai phrase');
  equal(
    res.json[2].translations[0].text,
    '[zh] Order {{0}} please',
    'generic transform keeps the placeholder',
  );
  equal(res.headers['access-control-allow-origin'], '*', 'CORS header on answers');
});

await check('edge: invalid target code and bad body are 400 with an error object', async () => {
  const bad = await call(
    'edge.microsoft.com',
    '/translate/translatetext?from=&to=zh&isEnterpriseClient=false',
    {
      method: 'POST',
      ...json(['x']),
    },
  );
  equal(bad.status, 400, 'status for to=zh');
  assert(bad.json.error.message, 'error message');
  const body = await call('edge.microsoft.com', '/translate/translatetext?to=de', {
    method: 'POST',
    ...json({ text: 'x' }),
  });
  equal(body.status, 400, 'status for a non-array body');
});

await check('google: GET and form POST, segments per line, iw/zh-CN codes', async () => {
  const get = await call(
    'translate.googleapis.com',
    `/translate_a/single?client=gtx&sl=auto&tl=zh-CN&dt=t&q=${encodeURIComponent(GERMAN)}`,
  );
  equal(get.status, 200, 'GET status');
  equal(get.json[0].map((s) => s[0]).join(''), '我的订单在哪里？还没有到。', 'GET translation');
  equal(get.json[2], 'de', 'detected');
  const post = await call('translate.googleapis.com', '/translate_a/single?client=gtx&sl=zh-CN&tl=de&dt=t', {
    method: 'POST',
    ...form({ q: `${REPLY}\n${REPLY}` }),
  });
  equal(post.status, 200, 'POST status');
  equal(post.json[0].length, 2, 'two segments');
  equal(
    post.json[0].map((s) => s[0]).join(''),
    'Hallo, Ihr Paket wurde versandt und wird voraussichtlich innerhalb von drei Tagen zugestellt.\nHallo, Ihr Paket wurde versandt und wird voraussichtlich innerhalb von drei Tagen zugestellt.',
    'joined segments',
  );
  const bad = await call('translate.googleapis.com', '/translate_a/single?client=gtx&sl=auto&tl=zh&dt=t&q=x');
  equal(bad.status, 400, 'tl=zh is not a Google code');
});

await check('deepl: free and pro hosts, keys, target codes, errors', async () => {
  const ok = await call('api-free.deepl.com', '/v2/translate', {
    method: 'POST',
    headers: { Authorization: `DeepL-Auth-Key ${MOCK_KEYS.deeplFree}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: [REPLY], target_lang: 'DE' }),
  });
  equal(ok.status, 200, 'free status');
  equal(ok.json.translations[0].detected_source_language, 'ZH', 'detected');
  assert(ok.json.translations[0].text.startsWith('Hallo, Ihr Paket'), 'translation');
  const pro = await call('api.deepl.com', '/v2/translate', {
    method: 'POST',
    headers: { Authorization: `DeepL-Auth-Key ${MOCK_KEYS.deeplPro}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: [GERMAN], target_lang: 'ZH-HANS', source_lang: 'DE' }),
  });
  equal(pro.json.translations[0].text, '我的订单在哪里？还没有到。', 'pro translation');
  const wrongHost = await call('api.deepl.com', '/v2/translate', {
    method: 'POST',
    headers: { Authorization: `DeepL-Auth-Key ${MOCK_KEYS.deeplFree}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: ['x'], target_lang: 'DE' }),
  });
  equal(wrongHost.status, 403, 'free key on the pro host');
  const badKey = await call('api-free.deepl.com', '/v2/translate', {
    method: 'POST',
    headers: { Authorization: 'DeepL-Auth-Key nope:fx', 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: ['x'], target_lang: 'DE' }),
  });
  equal(badKey.status, 403, 'bad key');
  const thai = await call('api-free.deepl.com', '/v2/translate', {
    method: 'POST',
    headers: { Authorization: `DeepL-Auth-Key ${MOCK_KEYS.deeplFree}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: ['x'], target_lang: 'TH' }),
  });
  equal(thai.status, 400, 'TH target');
  equal(thai.json.message, "Value for 'target_lang' not supported.", 'TH message');
  server.providers.set('api-free.deepl.com', { status: 456, times: 1 });
  const quota = await call('api-free.deepl.com', '/v2/translate', {
    method: 'POST',
    headers: { Authorization: `DeepL-Auth-Key ${MOCK_KEYS.deeplFree}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: ['x'], target_lang: 'DE' }),
  });
  equal(quota.status, 456, 'forced quota');
  equal(quota.json.message, 'Quota exceeded', 'quota message');
});

await check('openai-compatible: every host, batch JSON array, key check, error object', async () => {
  const paths = {
    'api.openai.com': '/v1/chat/completions',
    'api.deepseek.com': '/chat/completions',
    'dashscope.aliyuncs.com': '/compatible-mode/v1/chat/completions',
    'api.siliconflow.cn': '/v1/chat/completions',
  };
  for (const [host, path] of Object.entries(paths)) {
    const res = await call(host, path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${MOCK_KEYS.openai}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        model: 'm',
        temperature: 0,
        messages: [
          { role: 'system', content: 'Translate.\nTarget language: Chinese (Simplified) [zh]' },
          { role: 'user', content: `Translate these 2 messages.\n${JSON.stringify([GERMAN, THAI])}` },
        ],
      }),
    });
    equal(res.status, 200, `${host} status`);
    equal(
      JSON.parse(res.json.choices[0].message.content),
      ['我的订单在哪里？还没有到。', '还没有收到商品，请帮忙查一下。'],
      `${host} batch`,
    );
  }
  const bad = await call('api.openai.com', '/v1/chat/completions', {
    method: 'POST',
    headers: { Authorization: 'Bearer sk-wrong-key', 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
  });
  equal(bad.status, 401, 'bad key');
  equal(bad.json.error.code, 'invalid_api_key', 'error code');
  assert(!bad.text.includes('sk-wrong-key'), 'the key is masked in the message');
  server.providers.set('api.deepseek.com', { status: 429, times: 1 });
  const limited = await call('api.deepseek.com', '/chat/completions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${MOCK_KEYS.openai}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
  });
  equal(limited.status, 429, 'forced 429');
  equal(limited.headers['retry-after'], '1', 'Retry-After');
  equal(limited.json.error.code, 'rate_limit_exceeded', '429 code');
});

await check('baidu: signed GET and POST, one result per line, error codes with HTTP 200', async () => {
  const signed = (q, from, to, secret = MOCK_KEYS.baiduSecret) => {
    const salt = '1435660288';
    const sign = createHash('md5').update(`${MOCK_KEYS.baiduAppId}${q}${salt}${secret}`).digest('hex');
    return { q, from, to, appid: MOCK_KEYS.baiduAppId, salt, sign };
  };
  const post = await call('fanyi-api.baidu.com', '/api/trans/vip/translate', {
    method: 'POST',
    ...form(signed(`${THAI}\n${GERMAN}`, 'auto', 'zh')),
  });
  equal(post.status, 200, 'status');
  equal(
    post.json.trans_result.map((r) => r.dst),
    ['还没有收到商品，请帮忙查一下。', '我的订单在哪里？还没有到。'],
    'one result per line',
  );
  const get = await call(
    'fanyi-api.baidu.com',
    `/api/trans/vip/translate?${new URLSearchParams(signed(REPLY, 'zh', 'th'))}`,
  );
  equal(get.json.trans_result[0].dst, 'สวัสดีค่ะ พัสดุของคุณถูกส่งออกแล้ว คาดว่าจะถึงภายในสามวัน', 'GET th');
  const badSign = await call('fanyi-api.baidu.com', '/api/trans/vip/translate', {
    method: 'POST',
    ...form(signed('x', 'auto', 'zh', 'wrong')),
  });
  equal([badSign.status, badSign.json.error_code], [200, '54001'], 'sign error');
  const badLang = await call('fanyi-api.baidu.com', '/api/trans/vip/translate', {
    method: 'POST',
    ...form(signed('x', 'auto', 'ja')),
  });
  equal(badLang.json.error_code, '58001', 'ja is not a Baidu code (jp is)');
  server.providers.set('fanyi-api.baidu.com', { errorCode: '54004', times: 1 });
  const quota = await call('fanyi-api.baidu.com', '/api/trans/vip/translate', {
    method: 'POST',
    ...form(signed('x', 'auto', 'zh')),
  });
  equal([quota.status, quota.json.error_code], [200, '54004'], 'forced balance error');
});

await check('control: times, delay, request log with headers and body, reset', async () => {
  server.providers.reset();
  server.providers.set('edge.microsoft.com', { status: 503, times: 2 });
  const statuses = [];
  for (let i = 0; i < 3; i++) {
    const res = await call('edge.microsoft.com', '/translate/translatetext?to=de', {
      method: 'POST',
      ...json(['x']),
    });
    statuses.push(res.status);
  }
  equal(statuses, [503, 503, 200], 'forced twice, then normal');
  server.providers.set('translate.googleapis.com', { delayMs: 300, times: 1 });
  const started = Date.now();
  const slow = await call(
    'translate.googleapis.com',
    '/translate_a/single?client=gtx&sl=auto&tl=de&dt=t&q=x',
  );
  assert(Date.now() - started >= 280, 'delayed answer');
  equal(slow.status, 200, 'delayed but normal');
  const log = server.providers.requests('edge.microsoft.com');
  equal(log.length, 3, 'three edge requests logged');
  equal(log[0].headers['content-type'], 'application/json', 'headers recorded');
  equal(log[0].body, '["x"]', 'body recorded');
  equal(log[0].query.to, 'de', 'query recorded');
  server.providers.reset();
  equal(server.providers.requests().length, 0, 'reset clears the log');
});

await check(
  'real Chromium reaches every provider host cross-origin from a portal page (preflight + CORS)',
  async () => {
    const browser = await launchChromium({ port: server.port });
    try {
      const page = await browser.newPage();
      await page.goto('https://sellercentral.amazon.de/home', { waitUntil: 'domcontentloaded' });
      const outcome = await page.evaluate(
        async ({ keys, german }) => {
          const post = (url, headers, body) =>
            fetch(url, { method: 'POST', headers, body }).then(async (r) => ({
              status: r.status,
              body: await r.text(),
            }));
          const json = { 'Content-Type': 'application/json' };
          return {
            edge: await post(
              'https://edge.microsoft.com/translate/translatetext?from=&to=zh-Hans&isEnterpriseClient=false',
              json,
              JSON.stringify([german]),
            ),
            google: await fetch(
              `https://translate.googleapis.com/translate_a/single?client=gtx&sl=auto&tl=zh-CN&dt=t&q=${encodeURIComponent(german)}`,
            ).then((r) => r.json()),
            deepl: await post(
              'https://api-free.deepl.com/v2/translate',
              { ...json, Authorization: `DeepL-Auth-Key ${keys.deeplFree}` },
              JSON.stringify({ text: [german], target_lang: 'ZH-HANS' }),
            ),
            openai: await post(
              'https://api.openai.com/v1/chat/completions',
              { ...json, Authorization: `Bearer ${keys.openai}` },
              JSON.stringify({
                model: 'gpt-4o-mini',
                messages: [
                  { role: 'system', content: 'Target language: Chinese (Simplified) [zh]' },
                  { role: 'user', content: german },
                ],
              }),
            ),
          };
        },
        { keys: MOCK_KEYS, german: GERMAN },
      );
      equal(
        JSON.parse(outcome.edge.body)[0].translations[0].text,
        '我的订单在哪里？还没有到。',
        'edge from the page',
      );
      equal(
        outcome.google[0].map((s) => s[0]).join(''),
        '我的订单在哪里？还没有到。',
        'google from the page',
      );
      equal(
        JSON.parse(outcome.deepl.body).translations[0].text,
        '我的订单在哪里？还没有到。',
        'deepl from the page',
      );
      equal(
        JSON.parse(outcome.openai.body).choices[0].message.content,
        '我的订单在哪里？还没有到。',
        'openai from the page',
      );
    } finally {
      await browser.close();
    }
  },
);

const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length}/${results.length} checks passed`);
await server.close();
process.exitCode = failed.length ? 1 : 0;
