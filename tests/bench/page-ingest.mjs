/**
 * Page-side code for the ingest benchmark. Every exported function is passed to `page.evaluate`, so each one must
 * be self-contained: no imports, no references to anything outside its own body.
 */

/**
 * Generate realistic thread snapshots (core/model.ts ThreadSnapshot) and keep them on `window.__hwBench`.
 * Deterministic for a given seed. Returns a summary only, so nothing large crosses CDP.
 */
export function generateSnapshots({ key, threads, perThread, seed, endAt, spanDays }) {
  let state = seed >>> 0;
  const rand = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const hex = (n) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const orderId = () => `${digits(3)}-${digits(7)}-${digits(7)}`;

  // Buyer and seller lines per language; {o} is an order id, {t} a tracking number, {d} a small number.
  const LINES = {
    en: {
      in: [
        'Hi, I ordered this on {o} and it still has not arrived.',
        'Could you please check the tracking number {t} again?',
        'The box arrived but the charger is missing.',
        'Where is my parcel? It has been {d} days already.',
        'I would like to return the item, it does not fit my phone.',
        'Thanks for the quick answer, I will wait until Friday.',
        'The colour is different from the picture on the listing.',
        'Can you send a replacement instead of a refund please?',
        'My order {o} shows delivered but I never received it.',
        'Is there an invoice for order {o}? I need it for my company.',
      ],
      out: [
        'Thank you for your message.',
        'We are checking with the carrier now and will update you within 24 hours.',
        'A replacement will ship tomorrow with tracking {t}.',
        'We are sorry for the trouble with order {o}.',
        'Please send us a photo of the damaged item so we can help.',
        'The refund has been issued and should appear in {d} business days.',
        'Your parcel is with the local post office and should arrive soon.',
        'We have attached the invoice for your order.',
      ],
    },
    de: {
      in: [
        'Hallo, gibt es Neuigkeiten zu meiner Bestellung {o}?',
        'Können Sie die Sendungsnummer {t} bitte noch einmal prüfen?',
        'Das Ladekabel fehlt im Paket.',
        'Ich möchte den Artikel zurückschicken, er passt leider nicht.',
        'Die Farbe ist anders als auf dem Bild.',
        'Wo bleibt mein Paket? Es sind schon {d} Tage vergangen.',
      ],
      out: [
        'Danke für Ihre Nachricht.',
        'Wir klären das gerade mit DHL und melden uns morgen.',
        'Ein Ersatz wird morgen verschickt, Sendungsnummer {t}.',
        'Die Erstattung für Bestellung {o} wurde veranlasst.',
      ],
    },
    fr: {
      in: [
        'Bonjour, où en est ma commande {o} ?',
        'Le colis est arrivé mais le chargeur manque.',
        'Je voudrais retourner cet article, il ne correspond pas à la description.',
        'Pouvez-vous vérifier le numéro de suivi {t} ?',
      ],
      out: [
        'Merci pour votre message.',
        'Nous vérifions avec le transporteur et revenons vers vous rapidement.',
        'Un remplacement sera expédié demain.',
      ],
    },
    es: {
      in: [
        'Hola, ¿dónde está mi pedido {o}? Ya pasaron {d} días.',
        'El paquete llegó pero falta el cargador.',
        'Quiero devolver el artículo, no es el color que pedí.',
        '¿Pueden revisar el número de seguimiento {t} por favor?',
      ],
      out: [
        'Gracias por su mensaje.',
        'Estamos revisando con la empresa de transporte.',
        'Le enviaremos un reemplazo mañana.',
      ],
    },
    ja: {
      in: [
        '注文{o}の状況を教えてください。',
        'お問い合わせ番号{t}をもう一度確認していただけますか。',
        '充電器が入っていませんでした。',
        '返品したいのですが、手続きを教えてください。',
      ],
      out: [
        'ご連絡ありがとうございます。',
        'ただいま配送業者に確認しております。',
        '明日、代替品を発送いたします。',
      ],
    },
  };
  const LANGS = ['en', 'en', 'en', 'en', 'en', 'en', 'en', 'de', 'fr', 'es', 'ja'];
  const FIRST = [
    'Palmer',
    'Sophie',
    'Liam',
    'Yuki',
    'Carlos',
    'Amélie',
    'Jonas',
    'Priya',
    'Mateo',
    'Hannah',
    'Kenji',
  ];

  const fmt = new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  const MINUTE = 60_000;
  const span = spanDays * 24 * 60 * MINUTE;

  const fill = (line, order) =>
    line
      .replaceAll('{o}', order)
      .replaceAll('{t}', `TBA${digits(12)}`)
      .replaceAll('{d}', String(2 + Math.floor(rand() * 12)));
  const textOf = (lang, direction, order) => {
    const lines = LINES[lang][direction];
    const target = 90 + Math.floor(rand() * 60); // about 120 characters
    let text = fill(pick(lines), order);
    for (let guard = 0; text.length < target && guard < 6; guard++) text += ` ${fill(pick(lines), order)}`;
    return text.length > 170 ? `${text.slice(0, 167)}...` : text;
  };

  const snapshots = [];
  let messages = 0;
  let chars = 0;
  const capturedAt = endAt;
  for (let t = 0; t < threads; t++) {
    const lang = pick(LANGS);
    const order = orderId();
    const caseId = uuid();
    const buyer = pick(FIRST);
    // The last message somewhere in the span; messages a few minutes to a few hours apart, minute precision.
    const gaps = Array.from({ length: perThread }, (_, i) =>
      i === 0 ? 0 : (2 + Math.floor(rand() * 170)) * MINUTE,
    );
    const lastAt = Math.floor((endAt - rand() * span) / MINUTE) * MINUTE;
    let at = lastAt - gaps.reduce((a, b) => a + b, 0);
    const list = [];
    for (let i = 0; i < perThread; i++) {
      at += gaps[i];
      const r = rand();
      const direction = i === 0 ? 'in' : r < 0.03 ? 'system' : r < 0.55 ? 'in' : 'out';
      const text =
        direction === 'system'
          ? `Amazon notice: the buyer opened a return request for order ${order}. Please respond within 48 hours.`
          : textOf(lang, direction, order);
      list.push({
        direction,
        author: direction === 'in' ? buyer : direction === 'out' ? 'You' : 'Amazon',
        sentAt: at,
        sentAtText: fmt.format(at),
        sentAtPrecision: 'minute',
        text,
        attachments: rand() < 0.02 ? [{ name: `photo-${digits(4)}.jpg` }] : [],
      });
      chars += text.length;
    }
    messages += list.length;
    snapshots.push({
      platform: 'amazon',
      site: 'amazon.com',
      host: 'sellercentral.amazon.com',
      nativeThreadId: caseId,
      url: `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${caseId}&cc=${caseId}`,
      buyer: { name: buyer },
      orderIds: [order],
      items: [],
      subject: `Inquiry from Amazon customer ${buyer} (Order: ${order})`,
      locale: 'en-US',
      visible: false,
      capturedAt,
      messages: list,
    });
  }
  window.__hwBench ??= {};
  window.__hwBench[key] = snapshots;
  return { threads: snapshots.length, messages, avgTextChars: Math.round(chars / Math.max(messages, 1)) };
}

/**
 * Send every snapshot of `key` to the background as content scripts do (the @webext-core/messaging wire format),
 * `concurrency` in flight. Returns totals, per-snapshot round-trip percentiles and the first failure.
 */
export async function sendSnapshots({ key, concurrency, label, from = 0, to }) {
  const snapshots = window.__hwBench[key].slice(from, to);
  window.__hwBenchMsgId ??= 1;
  let next = 0;
  let ok = 0;
  let failed = 0;
  let added = 0;
  let updated = 0;
  let firstError = null;
  const latencies = new Float64Array(snapshots.length);
  const progressEvery = Math.max(1, Math.floor(snapshots.length / 5));
  const started = performance.now();
  const worker = async () => {
    while (next < snapshots.length) {
      const i = next++;
      const message = {
        id: window.__hwBenchMsgId++,
        type: 'ingestThread',
        data: snapshots[i],
        timestamp: Date.now(),
      };
      const t0 = performance.now();
      let response;
      try {
        response = await chrome.runtime.sendMessage(message);
      } catch (error) {
        response = { err: { message: String(error) } };
      }
      latencies[i] = performance.now() - t0;
      const res = response?.res;
      if (res?.ok) {
        ok++;
        added += res.added;
        updated += res.updated;
      } else {
        failed++;
        firstError ??= response?.err?.message ?? res?.error ?? `no response: ${JSON.stringify(response)}`;
      }
      if ((i + 1) % progressEvery === 0) {
        console.debug(
          `[bench] ${label}: ${i + 1}/${snapshots.length} snapshots, ${Math.round(performance.now() - started)} ms`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - started;
  const sorted = [...latencies].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  const messages = snapshots.reduce((sum, s) => sum + s.messages.length, 0);
  return {
    snapshots: snapshots.length,
    messages,
    ms,
    ok,
    failed,
    added,
    updated,
    firstError,
    p50: q(0.5),
    p95: q(0.95),
  };
}

/**
 * Baseline: raw IndexedDB `put` of MessageRecord-shaped records (built from the same snapshots, outside the timed
 * part) into a throwaway database whose `messages` store has the keyPath and indexes of storage/schema.ts; one
 * readwrite transaction per thread, `concurrency` transactions in flight. The database is deleted afterwards.
 */
export async function rawPutBaseline({ key, concurrency }) {
  const snapshots = window.__hwBench[key];
  const now = Date.now();
  // Same id shape and key distribution as core/message-identity.ts: `${hash53(threadId)}-${fingerprint}-0`.
  const hash53 = (text) => {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  };
  const batches = snapshots.map((s) => {
    const threadId = `amazon:${s.site}:${s.nativeThreadId}`;
    const threadHash = hash53(threadId);
    return s.messages.map((m, i) => ({
      id: `${threadHash}-${hash53(`${m.direction}|${m.text}|${i}`)}-0`,
      threadId,
      fingerprint: hash53(`${m.direction}|${m.text}`),
      seq: i,
      direction: m.direction,
      author: m.author,
      sentAt: m.sentAt,
      sentAtText: m.sentAtText,
      sentAtPrecision: m.sentAtPrecision,
      text: m.text,
      language: m.direction === 'in' ? 'en' : undefined,
      translations: {},
      attachments: m.attachments,
      firstSeenAt: now,
    }));
  });
  const name = `bench-raw-${Math.random().toString(36).slice(2)}`;
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('messages', { keyPath: 'id' });
      store.createIndex('threadId', 'threadId');
      store.createIndex('[threadId+sentAt]', ['threadId', 'sentAt']);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  let next = 0;
  let records = 0;
  const putBatch = (batch) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction('messages', 'readwrite');
      const store = tx.objectStore('messages');
      for (const record of batch) store.put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < batches.length) {
          const batch = batches[next++];
          await putBatch(batch);
          records += batch.length;
        }
      }),
    );
    const ms = performance.now() - started;
    return { name, records, transactions: batches.length, ms };
  } finally {
    db.close();
    await new Promise((resolve) => {
      const del = indexedDB.deleteDatabase(name);
      del.onsuccess = del.onerror = del.onblocked = () => resolve();
    });
  }
}

/** Counts in the extension's own database (raw IndexedDB, read-only). */
export async function appDbCounts(dbName) {
  return new Promise((resolve) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      const names = ['threads', 'messages', 'customers', 'events'].filter((n) =>
        db.objectStoreNames.contains(n),
      );
      if (names.length === 0) {
        db.close();
        resolve({});
        return;
      }
      const tx = db.transaction(names, 'readonly');
      const counts = {};
      for (const n of names) {
        const request = tx.objectStore(n).count();
        request.onsuccess = () => {
          counts[n] = request.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(counts);
      };
      tx.onerror = () => {
        db.close();
        resolve(counts);
      };
    };
  });
}

/** Drop the generated snapshots of `key` (memory). */
export function dropSnapshots(key) {
  if (window.__hwBench) delete window.__hwBench[key];
}
