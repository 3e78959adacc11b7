/**
 * The partner's request for reassurance still waiting for an answer, if any:
 * the newest unanswered one of the last day. An older one has passed — a
 * notice about yesterday's hard day, days later, would only add weight.
 */
import type { ReassuranceRequest } from '../../api/types';

const STILL_OPEN_MS = 24 * 60 * 60 * 1000;

export function openRequestOf(
  items: readonly ReassuranceRequest[],
  partnerId: string | null,
  now: Date = new Date(),
): ReassuranceRequest | null {
  if (!partnerId) return null;
  return (
    items.find(
      (request) =>
        request.askedBy === partnerId &&
        request.answeredAt === null &&
        now.getTime() - new Date(request.createdAt).getTime() < STILL_OPEN_MS,
    ) ?? null
  );
}
