/**
 * Brand names written to slip past a filter: `w h a t s a p p`, `w.h.a.t.s.a.p.p`, `what's app`, `whats-app`.
 * Between letters we allow up to two separators (space, dot, dash, underscore, star, apostrophe); the letters stay
 * literal, so the pattern cannot backtrack much.
 */
export function loose(word: string): string {
  return [...word].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[\\s._*'\\-]{0,2}");
}
