/**
 * The member's own sessions and in-app notices. Sessions show a coarse device
 * label and times; no address and no place (we know none without lookups).
 */
import { z } from 'zod';
import { Id, Instant } from './common.js';

export const SessionItem = z.object({
  id: Id,
  device: z.string().meta({ description: 'A coarse label such as "Firefox on Android".' }),
  createdAt: Instant,
  lastSeenAt: Instant,
  current: z.boolean().meta({ description: 'True for the session making this request.' }),
});
export type SessionItem = z.infer<typeof SessionItem>;

export const SessionList = z.object({ items: z.array(SessionItem) });

export const SessionParams = z.strictObject({ sessionId: Id });

export const RevokedSessions = z.object({
  revoked: z.number().int().meta({ description: 'How many sessions were ended.' }),
});

/** Kinds written today; others may be added, so clients show unknown kinds generically. */
export const NOTICE_KINDS = [
  'new-sign-in',
  'password-changed',
  'email-changed',
  'second-factor-enabled',
  'second-factor-disabled',
  'recovery-code-used',
] as const;

export const Notice = z.object({
  id: Id,
  kind: z.string().meta({ description: `One of: ${NOTICE_KINDS.join(', ')} (more may come).` }),
  detail: z.string().nullable().meta({ description: 'A device label at most, never content.' }),
  createdAt: Instant,
});
export type Notice = z.infer<typeof Notice>;

export const NoticeList = z.object({ items: z.array(Notice) });

export const NoticeParams = z.strictObject({ noticeId: Id });
