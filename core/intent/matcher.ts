/**
 * Every lexicon phrase of every language in one Aho–Corasick automaton, built once at module load: a message is
 * read once, character by character, whatever the number of phrases or languages (linear time, no backtracking,
 * so a hostile 100 KB paste costs what its length costs). Each phrase carries the languages that list it as a bit
 * mask; the caller keeps the matches of the languages it applies.
 */
import { type Entry, FIELD_KINDS, Kind, type Lexicon, parseList } from './lexicon';
import { END, foldText } from './normalise';
import { INTENTS, type Intent } from './types';

export interface Payload {
  kind: Kind;
  /** Index in INTENTS for Intent/Negated entries, else -1. */
  intent: number;
  weight: number;
  questionOnly: boolean;
  /** Bit per language (see LanguageBits). */
  langs: number;
}

export interface Match {
  start: number;
  end: number;
  payload: Payload;
}

interface Pattern extends Entry {
  payloads: Payload[];
}

/** Phrases this long (folded characters) are kept from every language when the message's language is a guess. */
export const LONG_PHRASE = 6;

const isArabicLetter = (c: number) => c >= 0x621 && c <= 0x64a;
const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || isArabicLetter(c);
/**
 * Whether a phrase edge needs a word boundary: Latin letters and digits always; Arabic letters only for short
 * phrases (لم, ما, لا inside المنتج, مايشتغل), as longer Arabic phrases take clitics (و, ال, ب) in front.
 */
const isWordEdge = (c: number, short: boolean) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (short && isArabicLetter(c));

export class Matcher {
  /** Language code → its bit. */
  readonly bits = new Map<string, number>();
  private readonly patterns: Pattern[] = [];
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern indexes ending at each node, including those reached through failure links. */
  private readonly outputs: number[][] = [[]];

  constructor(lexicons: Record<string, Lexicon>) {
    const byKey = new Map<string, Pattern>();
    let bit = 0;
    for (const [lang, lexicon] of Object.entries(lexicons)) {
      if (bit >= 31) throw new Error('intent matcher: at most 31 lexicons');
      const mask = 1 << bit++;
      this.bits.set(lang, mask);
      const add = (list: string | undefined, kind: Kind, intent: Intent | undefined) => {
        for (const item of parseList(list)) {
          const folded = foldText(item.phrase).trim();
          if (!folded) continue;
          const short = folded.length <= 3;
          const left = !item.starLeft && isWordEdge(folded.charCodeAt(0), short);
          const right =
            !item.atEnd && !item.starRight && isWordEdge(folded.charCodeAt(folded.length - 1), short);
          const phrase = item.atEnd ? `${folded} ${END}` : folded;
          const key = `${phrase}\u0000${left}${right}`;
          let pattern = byKey.get(key);
          if (!pattern) {
            pattern = {
              phrase,
              left,
              right,
              weight: 1,
              questionOnly: false,
              atEnd: item.atEnd,
              payloads: [],
            };
            byKey.set(key, pattern);
          }
          const intentIndex = intent ? INTENTS.indexOf(intent) : -1;
          const same = pattern.payloads.find(
            (p) =>
              p.kind === kind &&
              p.intent === intentIndex &&
              p.weight === item.weight &&
              p.questionOnly === item.questionOnly,
          );
          if (same) same.langs |= mask;
          else
            pattern.payloads.push({
              kind,
              intent: intentIndex,
              weight: item.weight,
              questionOnly: item.questionOnly,
              langs: mask,
            });
        }
      };
      for (const [intent, list] of Object.entries(lexicon.intents)) add(list, Kind.Intent, intent as Intent);
      for (const [intent, list] of Object.entries(lexicon.negated ?? {}))
        add(list, Kind.Negated, intent as Intent);
      for (const [field, kind] of FIELD_KINDS) add(lexicon[field] as string | undefined, kind, undefined);
    }
    for (const pattern of byKey.values()) this.insert(pattern);
    this.link();
    this.freeze();
  }

  get patternCount(): number {
    return this.patterns.length;
  }

  private insert(pattern: Pattern): void {
    let node = 0;
    for (let i = 0; i < pattern.phrase.length; i++) {
      const c = pattern.phrase.charCodeAt(i);
      let next = this.goto[node]!.get(c);
      if (next === undefined) {
        next = this.goto.length;
        this.goto.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.goto[node]!.set(c, next);
      }
      node = next;
    }
    this.outputs[node]!.push(this.patterns.length);
    this.patterns.push(pattern);
  }

  /**
   * The trie frozen into flat arrays for scanning: the root's children in a table indexed by character (most
   * characters start nowhere, so most steps end there), every other node's children sorted in one array
   * (a node has one or two children, so a short linear search beats a Map lookup).
   */
  private rootNext = new Int32Array(0x10000);
  private childStart = new Int32Array(0);
  private childCount = new Int32Array(0);
  private childCodes = new Uint16Array(0);
  private childNodes = new Int32Array(0);
  private failFlat = new Int32Array(0);

  private freeze(): void {
    const nodes = this.goto.length;
    this.childStart = new Int32Array(nodes);
    this.childCount = new Int32Array(nodes);
    let total = 0;
    for (let n = 0; n < nodes; n++) total += this.goto[n]!.size;
    this.childCodes = new Uint16Array(total);
    this.childNodes = new Int32Array(total);
    let at = 0;
    for (let n = 0; n < nodes; n++) {
      const children = [...this.goto[n]!].sort((a, b) => a[0] - b[0]);
      this.childStart[n] = at;
      this.childCount[n] = children.length;
      for (const [code, child] of children) {
        this.childCodes[at] = code;
        this.childNodes[at++] = child;
      }
    }
    for (const [code, child] of this.goto[0]!) this.rootNext[code] = child;
    this.failFlat = Int32Array.from(this.fail);
  }

  private next(node: number, c: number): number {
    if (node === 0) return this.rootNext[c]!;
    const start = this.childStart[node]!;
    const end = start + this.childCount[node]!;
    for (let k = start; k < end; k++) if (this.childCodes[k] === c) return this.childNodes[k]!;
    return -1;
  }

  /** Breadth-first failure links; each node's outputs absorb its failure node's. */
  private link(): void {
    const queue: number[] = [];
    for (const child of this.goto[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of this.goto[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.goto[f]!.has(c)) f = this.fail[f]!;
        const target = this.goto[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.outputs[this.fail[child]!]!;
        if (inherited.length) this.outputs[child] = [...this.outputs[child]!, ...inherited];
        queue.push(child);
      }
    }
  }

  /**
   * Every match in a folded text (space-padded by foldText) of the `allowed` languages, and of the `allowedLong`
   * languages when the phrase is at least LONG_PHRASE characters (a guessed language: another language's long
   * phrases are still good evidence, its short words — `te`, `do`, `mi` — are not).
   */
  scan(text: string, allowed: number, allowedLong: number, into: Match[]): Match[] {
    into.length = 0;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = this.next(node, c);
      while (next <= 0 && node !== 0) {
        node = this.failFlat[node]!;
        next = this.next(node, c);
      }
      node = next > 0 ? next : 0;
      const found = this.outputs[node]!;
      if (found.length === 0) continue;
      for (let k = 0; k < found.length; k++) {
        const pattern = this.patterns[found[k]!]!;
        const end = i + 1;
        const start = end - pattern.phrase.length;
        if (pattern.left && isWordCode(text.charCodeAt(start - 1))) continue;
        if (pattern.right && isWordCode(text.charCodeAt(end))) continue;
        const long = pattern.phrase.length >= LONG_PHRASE;
        for (const payload of pattern.payloads)
          if (payload.langs & allowed || (long && payload.langs & allowedLong))
            into.push({ start, end, payload });
      }
    }
    return into;
  }
}
