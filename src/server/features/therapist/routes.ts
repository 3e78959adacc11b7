import type { FastifyInstance } from 'fastify';
import {
  AcceptTherapistInviteBody,
  GrantParams,
  ProposeTherapistBody,
  SpaceParams,
  TherapistEntryList,
  TherapistGrantAnswer,
  TherapistGrantList,
  TherapistNoteAnswer,
  TherapistNoteList,
  TherapistSpaceAnswer,
  TherapistSpaceList,
  WriteTherapistNoteBody,
} from '../../../contract/therapist.js';
import { defineRoute } from '../../platform/http/route.js';
import type { TherapistService } from './service.js';

export function registerTherapistRoutes(app: FastifyInstance, therapist: TherapistService): void {
  // The partners' side.
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/space/therapists',
    operationId: 'listTherapistGrants',
    summary: 'Therapists proposed, invited, active or ended for your space',
    tag: 'therapist',
    auth: 'member',
    response: TherapistGrantList,
    handler: async ({ actor }) => ({ items: await therapist.list(actor) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/space/therapists',
    operationId: 'proposeTherapist',
    summary: 'Propose a therapist by e-mail; nothing happens until your partner consents',
    tag: 'therapist',
    auth: 'member',
    body: ProposeTherapistBody,
    status: 201,
    response: TherapistGrantAnswer,
    handler: async ({ actor, body }) => ({ grant: await therapist.propose(actor, body.email) }),
  });

  for (const [verb, operationId, summary] of [
    [
      'consent',
      'consentToTherapist',
      'Consent to the therapist your partner proposed; the invitation is e-mailed',
    ],
    ['decline', 'declineTherapist', 'Decline the therapist your partner proposed'],
    ['revoke', 'revokeTherapist', 'End a therapist’s access or invitation, alone and at once'],
  ] as const) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/space/therapists/:grantId/${verb}`,
      operationId,
      summary,
      tag: 'therapist',
      auth: 'member',
      params: GrantParams,
      response: TherapistGrantAnswer,
      handler: async ({ actor, params }) => ({
        grant: await therapist[verb](actor, params.grantId),
      }),
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/space/therapist-notes',
    operationId: 'listTherapistNotesForPartners',
    summary: 'Notes your therapist wrote to you both',
    tag: 'therapist',
    auth: 'member',
    response: TherapistNoteList,
    handler: async ({ actor }) => ({ items: await therapist.notes(actor) }),
  });

  // The therapist's side.
  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/therapist/invites/accept',
    operationId: 'acceptTherapistInvite',
    summary: 'Accept an invitation to a couple’s space with the token from the e-mailed link',
    tag: 'therapist',
    auth: 'member',
    body: AcceptTherapistInviteBody,
    response: TherapistSpaceAnswer,
    handler: async ({ actor, body }) => ({ space: await therapist.accept(actor, body.token) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/therapist/spaces',
    operationId: 'listTherapistSpaces',
    summary: 'The couples whose spaces you may see as their therapist',
    tag: 'therapist',
    auth: 'member',
    response: TherapistSpaceList,
    handler: async ({ actor }) => ({ items: await therapist.spaces(actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/therapist/spaces/:spaceId/entries',
    operationId: 'listEntriesForTherapist',
    summary: 'Shared entries the partners flagged for you; read-only, and audited',
    tag: 'therapist',
    auth: 'member',
    params: SpaceParams,
    response: TherapistEntryList,
    handler: async ({ actor, params }) => ({
      items: await therapist.entries(actor, params.spaceId),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/therapist/spaces/:spaceId/notes',
    operationId: 'listTherapistNotes',
    summary: 'Your notes to this couple',
    tag: 'therapist',
    auth: 'member',
    params: SpaceParams,
    response: TherapistNoteList,
    handler: async ({ actor, params }) => ({ items: await therapist.notes(actor, params.spaceId) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/therapist/spaces/:spaceId/notes',
    operationId: 'writeTherapistNote',
    summary: 'Write a note to the partners (the only thing a therapist writes)',
    tag: 'therapist',
    auth: 'member',
    params: SpaceParams,
    body: WriteTherapistNoteBody,
    status: 201,
    response: TherapistNoteAnswer,
    handler: async ({ actor, params, body }) => ({
      note: await therapist.writeNote(actor, params.spaceId, body.text),
    }),
  });
}
