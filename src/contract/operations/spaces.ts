/** The spaces operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const spaceOperations = defineOperations('spaces', {
  createSpace: {
    method: 'POST',
    path: '/api/v1/spaces',
    summary: 'Create your space; you can use it alone until your partner joins',
    auth: 'member',
    status: 201,
    response: 'SpaceAnswer',
  },
  getSpace: {
    method: 'GET',
    path: '/api/v1/space',
    summary: 'Your space',
    auth: 'member',
    response: 'SpaceAnswer',
  },
  createInvite: {
    method: 'POST',
    path: '/api/v1/space/invites',
    summary: 'A single-use link for your partner, valid for seven days (replaces earlier links)',
    auth: 'member',
    status: 201,
    response: 'InviteAnswer',
  },
  sendInvite: {
    method: 'POST',
    path: '/api/v1/space/invites/email',
    summary:
      'Send your partner invite link to an e-mail address (the mail says only that you invited them)',
    auth: 'member',
    status: 202,
    body: 'SendInviteBody',
    response: 'CheckYourEmail',
  },
  acceptInvite: {
    method: 'POST',
    path: '/api/v1/invites/accept',
    summary: 'Join your partner’s space with the token from their link',
    auth: 'member',
    body: 'AcceptInviteBody',
    response: 'SpaceAnswer',
  },
  leaveSpace: {
    method: 'DELETE',
    path: '/api/v1/space/membership',
    summary: 'Leave your space, at once; nobody needs to approve',
    auth: 'member',
    status: 204,
  },
});
