/**
 * First-pass urgency: a buyer who threatens a claim, a dispute, a chargeback or a bad review, or names a
 * deadline, must not wait in the queue. Lexicons cover the languages of the supported marketplaces; the replies
 * issue replaces this with a full intent/sentiment classifier.
 */
const URGENT_PATTERNS: RegExp[] = [
  // English
  /\b(a-?to-?z|a-z guarantee|chargeback|charge ?back|dispute|claim|negative (feedback|review)|bad review|1[- ]star|one[- ]star|lawyer|legal action|fraud|scam|report you|trading standards|bbb)\b/i,
  /\b(urgent(ly)?|asap|immediately|right now|final warning|last chance)\b/i,
  // German
  /\b(a-bis-z|rückbuchung|anwalt|betrug|negative bewertung|schlechte bewertung|dringend|sofort|letzte frist|reklamation)\b/i,
  // French, Spanish, Italian, Portuguese
  /\b(litige|avocat|arnaque|avis négatif|urgent|rétrofacturation|reclamación|abogado|estafa|reseña negativa|urgente|contestazione|avvocato|truffa|recensione negativa|reembolso já|golpe|processo)\b/i,
  // Japanese, Chinese
  /(A-to-z|返金しろ|詐欺|弁護士|悪い評価|低評価|至急|緊急|すぐに|差評|差评|投诉|起诉|律师|骗子|退款!|紧急|马上|立即|拒付|争议)/i,
];

export function looksUrgent(text: string): boolean {
  return URGENT_PATTERNS.some((pattern) => pattern.test(text));
}
