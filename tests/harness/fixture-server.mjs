/**
 * HTTPS fixture server that answers under the real portal hostnames (TESTING.md section 3).
 *
 * Chromium is pointed at it with `--host-resolver-rules` (see `chromiumArgs`), so the extension's production match
 * patterns and host permissions work unchanged. A self-signed certificate, with a SAN for every host, is generated
 * with openssl at start; `--ignore-certificate-errors` makes Chromium accept it.
 *
 * Routing is by `Host` header:
 * - `/__fixtures/<path>` on any host: static files from `root` (the pages load their scripts from there);
 * - Amazon Seller Central hosts: `/messaging/inbox-v3` and `/messaging/inbox` → inbox app, `/messaging/contact` →
 *   Contact Buyer page, any other path → a plain Seller Central home page;
 * - eBay hosts: `/cnt/ViewMessage` → messaging app; the `/sh/messages`, `/mye/myebay/messages` and `/msg/…` entry
 *   points redirect there (302, query kept); legacy `mesg.ebay.com/mesgweb/ViewMessages/…` → legacy page; any other
 *   path → an eBay page without messages;
 * - Shopee hosts: `/webchat/…`, `/new-webchat/…` and `/portal/chat-management…` → chat app; any other path → a
 *   Seller Centre page with the floating chat window;
 * - translation API hosts (PROVIDER_HOSTS): the mock providers (GET, POST with its body read, CORS preflights);
 *   `providers` in the returned object controls them (forced errors, delays) and lists what they received.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { AMAZON_SELLER_HOSTS, EBAY_HOSTS, SHOPEE_SELLER_HOSTS } from '../../core/sites.ts';
import { createProviderMocks, PROVIDER_HOSTS } from './provider-mocks.mjs';

/**
 * Seller Central hosts: exactly the ones the content script runs on. Imported from the TypeScript source, which
 * Node 22 (what npm scripts run on here) loads with its built-in type stripping.
 */
export const AMAZON_HOSTS = [...AMAZON_SELLER_HOSTS];

export const EBAY_FIXTURE_HOSTS = [...EBAY_HOSTS];
export const SHOPEE_HOSTS = [...SHOPEE_SELLER_HOSTS];

/** Translation APIs, answered by the mocks in provider-mocks.mjs under their real hostnames. */
export { PROVIDER_HOSTS };

export const FIXTURE_HOSTS = [...AMAZON_HOSTS, ...EBAY_FIXTURE_HOSTS, ...SHOPEE_HOSTS, ...PROVIDER_HOSTS];

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

/** Amazon page routes: path → fixture file (relative to root). */
function amazonPage(pathname) {
  if (pathname === '/messaging/inbox-v3' || pathname === '/messaging/inbox') return 'amazon/inbox.html';
  if (pathname === '/messaging/contact') return 'amazon/contact.html';
  if (pathname === '/favicon.ico') return null;
  return 'amazon/home.html';
}

/** eBay routes: `{ file }` to serve or `{ redirect }` to send the browser on (PORTALS.md 3.1). */
function ebayPage(host, pathname, search) {
  if (pathname === '/favicon.ico') return null;
  if (host === 'mesg.ebay.com') {
    return pathname.startsWith('/mesgweb/') ? { file: 'ebay/legacy.html' } : { file: 'ebay/home.html' };
  }
  if (pathname === '/cnt/ViewMessage') return { file: 'ebay/messages.html' };
  if (pathname === '/sh/messages' || pathname === '/mye/myebay/messages' || pathname.startsWith('/msg/')) {
    const query = new URLSearchParams(search);
    if (!query.has('group_type')) query.set('group_type', 'CORE');
    return { redirect: `/cnt/ViewMessage?${query}` };
  }
  return { file: 'ebay/home.html' };
}

/** Shopee routes (PORTALS.md 4.1): the chat app, or any other Seller Centre page with the floating chat window. */
function shopeePage(pathname) {
  if (pathname === '/favicon.ico') return null;
  if (/^\/(webchat|new-webchat)(\/|$)/.test(pathname) || pathname.startsWith('/portal/chat-management')) {
    return 'shopee/webchat.html';
  }
  return 'shopee/home.html';
}

function generateCertificate(hosts) {
  const certDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-cert-'));
  const keyFile = path.join(certDir, 'key.pem');
  const certFile = path.join(certDir, 'cert.pem');
  const san = [...hosts.map((h) => `DNS:${h}`), 'DNS:localhost', 'IP:127.0.0.1'].join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-subj',
      `/CN=${hosts[0]}`,
      '-addext',
      `subjectAltName=${san}`,
    ],
    { stdio: 'pipe' },
  );
  return { certDir, key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
}

/**
 * Starts the server on 127.0.0.1, on a random port.
 * @returns {Promise<{ port: number, hosts: string[], certDir: string,
 *   providers: ReturnType<typeof createProviderMocks>, close: () => Promise<void> }>}
 */
export async function startFixtureServer({ root = 'tests/fixtures' } = {}) {
  const rootDir = path.resolve(root);
  const { certDir, key, cert } = generateCertificate(FIXTURE_HOSTS);
  const amazon = new Set(AMAZON_HOSTS);
  const ebay = new Set(EBAY_FIXTURE_HOSTS);
  const shopee = new Set(SHOPEE_HOSTS);

  const send = (res, status, body, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };

  const sendFile = (req, res, relative) => {
    const file = path.resolve(rootDir, relative);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(res, 404, 'Not found');
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) return send(res, 404, 'Not found');
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': stat.size, 'Cache-Control': 'no-store' });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  };

  const providers = createProviderMocks();
  const providerHosts = new Set(PROVIDER_HOSTS);

  const server = https.createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (providerHosts.has(host)) {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => providers.handle(req, res, host, Buffer.concat(chunks).toString('utf8')));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    let pathname;
    let search;
    try {
      const url = new URL(req.url ?? '/', 'https://fixture.invalid');
      pathname = decodeURIComponent(url.pathname);
      search = url.search;
    } catch {
      return send(res, 400, 'Bad request');
    }
    if (pathname.startsWith('/__fixtures/')) return sendFile(req, res, pathname.slice('/__fixtures/'.length));
    if (amazon.has(host)) {
      const page = amazonPage(pathname);
      return page ? sendFile(req, res, page) : send(res, 404, 'Not found');
    }
    if (ebay.has(host)) {
      const page = ebayPage(host, pathname, search);
      if (!page) return send(res, 404, 'Not found');
      if (page.redirect) {
        res.writeHead(302, { Location: page.redirect, 'Cache-Control': 'no-store' });
        return res.end();
      }
      return sendFile(req, res, page.file);
    }
    if (shopee.has(host)) {
      const page = shopeePage(pathname);
      return page ? sendFile(req, res, page) : send(res, 404, 'Not found');
    }
    return send(res, 404, 'Not found');
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    port,
    hosts: [...FIXTURE_HOSTS],
    certDir,
    providers,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => {
          fs.rmSync(certDir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

/**
 * Chromium flags from TESTING.md section 3: quiet, fresh profile, every fixture host mapped to the server and every
 * other lookup blocked, the self-signed certificate accepted, and the extension loaded when `extensionPath` is set.
 */
export function chromiumArgs({ port, extensionPath, userDataDir } = {}) {
  // Without a fixture server (extension pages only), every lookup is blocked.
  const map =
    port === undefined ? '' : `${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}, `;
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-quic',
    `--host-resolver-rules=${map}MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
    '--ignore-certificate-errors',
  ];
  if (userDataDir) args.push(`--user-data-dir=${userDataDir}`);
  if (extensionPath) {
    const ext = path.resolve(extensionPath);
    args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  }
  return args;
}

/** Real Chromium with the flags above (the extension too when `extensionPath` is set). */
export function launchChromium({
  port,
  extensionPath,
  userDataDir,
  headless = true,
  protocolTimeout = 120_000,
  defaultViewport = { width: 1700, height: 1000 },
  extraArgs = [],
} = {}) {
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless,
    enableExtensions: Boolean(extensionPath),
    protocolTimeout,
    defaultViewport,
    args: [...chromiumArgs({ port, extensionPath, userDataDir }), ...extraArgs],
  });
}

/**
 * Real Chromium with the built extension loaded (against a running fixture server when `port` is set), waiting
 * until the extension's service worker is up (puppeteer can return before it is, TESTING.md pitfall 10). Returns
 * the browser and the extension id, which depends on the checkout path and is read from the worker's URL.
 */
export async function launchWithExtension(options) {
  const browser = await launchChromium(options);
  try {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
      { timeout: 30_000 },
    );
    return { browser, extensionId: new URL(worker.url()).host };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
