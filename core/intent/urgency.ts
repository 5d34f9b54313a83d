/**
 * Why a buyer message must jump the queue (core/intent/types.ts URGENT_REASONS): anger (insults, fury words,
 * angry emoji, shouting in capitals, a run of exclamation marks on a displeased message), a threatened bad review,
 * an A-to-z/eBay/Shopee claim, a dispute, a chargeback, lawyers and police, and deadlines — "asap" on its own, or a
 * deadline word next to a time ("by Friday", "before the 20th", "明天之前", "金曜日までに"). "Not urgent" cancels
 * the deadline.
 */
import type { Evidence } from './evidence';
import { Kind } from './lexicon';
import type { Folded } from './normalise';
import type { UrgentReason } from './types';

/**
 * How far apart (folded characters) a deadline word and its time may be: "by" then "next Friday" in Latin
 * scripts; the time first and the mark right after it in CJK and Korean (明天之前, 金曜日までに, 금요일까지).
 */
const MARK_THEN_TIME = 16;
const TIME_THEN_MARK = 6;

export interface Urgency {
  reasons: UrgentReason[];
  /** How much the reasons weigh against a positive sentiment (anger and threats are displeased). */
  negativeWeight: number;
}

export function urgencyOf(
  evidence: readonly Evidence[],
  folded: Folded,
  displeased: number,
  /** The message is thanks: "quickly" there praises the delivery. */
  praise = false,
): Urgency {
  let angry = 0;
  let review = false;
  let claim = false;
  let dispute = false;
  let chargeback = false;
  let legal = false;
  let now = false;
  let calm = false;
  const marks: Evidence[] = [];
  // "I need it tomorrow", "potrzebuję na jutro", "kailangan ko bukas", "mai mình cần": a need next to a time is a
  // deadline too, the time on either side.
  const needs: Evidence[] = [];
  const times: Evidence[] = [];
  for (const e of evidence) {
    switch (e.payload.kind) {
      case Kind.Angry:
        angry += e.payload.weight;
        break;
      case Kind.ReviewThreat:
        review = true;
        break;
      case Kind.Claim:
        claim = true;
        break;
      case Kind.Dispute:
        dispute = true;
        break;
      case Kind.Chargeback:
        chargeback = true;
        break;
      case Kind.Legal:
        legal = true;
        break;
      case Kind.UrgentNow:
        // "Quickly" (rapidement, بسرعة, cepat, weight below 1) is urgency in a request, praise in "arrived quickly".
        if (e.payload.weight >= 1 || !praise) now = true;
        break;
      case Kind.Calm:
        calm = true;
        break;
      case Kind.DeadlineMark:
        marks.push(e);
        break;
      case Kind.Need:
        needs.push(e);
        break;
      case Kind.Time:
        times.push(e);
        break;
    }
  }
  // Shouting: a message mostly in capitals (enough letters to tell), or a run of exclamation marks on a message
  // that already sounds displeased.
  const shouting = folded.letters >= 12 && folded.capitals / folded.letters >= 0.7;
  if (shouting && displeased > 0) angry += 1;
  if (folded.exclamationRun >= 3 && displeased > 0) angry += 1;
  const deadline =
    !calm &&
    (now ||
      marks.some((mark) =>
        times.some(
          (time) =>
            (time.start >= mark.end && time.start - mark.end <= MARK_THEN_TIME) ||
            (mark.start >= time.end && mark.start - time.end <= TIME_THEN_MARK) ||
            (time.start <= mark.start && time.end >= mark.end),
        ),
      ) ||
      needs.some((need) =>
        times.some(
          (time) =>
            (time.start >= need.end && time.start - need.end <= MARK_THEN_TIME) ||
            (need.start >= time.end && need.start - time.end <= MARK_THEN_TIME),
        ),
      ));
  const reasons: UrgentReason[] = [];
  if (angry >= 1) reasons.push('angry');
  if (review) reasons.push('review-threat');
  if (claim) reasons.push('claim');
  if (dispute) reasons.push('dispute');
  if (chargeback) reasons.push('chargeback');
  if (legal) reasons.push('legal');
  if (deadline) reasons.push('deadline');
  const negativeWeight =
    (angry >= 1 ? 1.5 : 0) + [review, claim, dispute, chargeback, legal].filter(Boolean).length;
  return { reasons, negativeWeight };
}
