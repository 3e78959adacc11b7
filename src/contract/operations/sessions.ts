/** The sessions operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const sessionOperations = defineOperations('sessions', {
  listSessions: {
    method: 'GET',
    path: '/api/v1/sessions',
    summary: 'Your active sessions: device, when it started, when it was last used',
    auth: 'member',
    response: 'SessionList',
  },
  revokeOtherSessions: {
    method: 'DELETE',
    path: '/api/v1/sessions/others',
    summary: 'Sign out everywhere else',
    auth: 'member',
    response: 'RevokedSessions',
  },
  revokeSession: {
    method: 'DELETE',
    path: '/api/v1/sessions/:sessionId',
    summary: 'End one of your sessions (this one signs you out)',
    auth: 'member',
    status: 204,
    params: 'SessionParams',
  },
  listNotices: {
    method: 'GET',
    path: '/api/v1/notices',
    summary: 'Notices not yet dismissed (a new sign-in, a changed password), newest first',
    auth: 'member',
    response: 'NoticeList',
  },
  dismissNotice: {
    method: 'POST',
    path: '/api/v1/notices/:noticeId/dismiss',
    summary: 'Dismiss a notice',
    auth: 'member',
    status: 204,
    params: 'NoticeParams',
  },
});
