import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { therapistOperations } from '../../../contract/operations/therapist.js';
import type { TherapistService } from './service.js';

export function registerTherapistRoutes(app: FastifyInstance, therapist: TherapistService): void {
  registerOperations(app, therapistOperations, {
    // The partners' side.
    listTherapistGrants: async ({ actor }) => ({ items: await therapist.list(actor) }),
    proposeTherapist: async ({ actor, body }) => ({
      grant: await therapist.propose(actor, body.email),
    }),
    consentToTherapist: async ({ actor, params }) => ({
      grant: await therapist.consent(actor, params.grantId),
    }),
    declineTherapist: async ({ actor, params }) => ({
      grant: await therapist.decline(actor, params.grantId),
    }),
    revokeTherapist: async ({ actor, params }) => ({
      grant: await therapist.revoke(actor, params.grantId),
    }),
    listTherapistNotesForPartners: async ({ actor }) => ({ items: await therapist.notes(actor) }),
    // The therapist's side.
    acceptTherapistInvite: async ({ actor, body }) => ({
      space: await therapist.accept(actor, body.token),
    }),
    listTherapistSpaces: async ({ actor }) => ({ items: await therapist.spaces(actor) }),
    listEntriesForTherapist: async ({ actor, params }) => ({
      items: await therapist.entries(actor, params.spaceId),
    }),
    listTherapistNotes: async ({ actor, params }) => ({
      items: await therapist.notes(actor, params.spaceId),
    }),
    writeTherapistNote: async ({ actor, params, body }) => ({
      note: await therapist.writeNote(actor, params.spaceId, body.text),
    }),
  });
}
