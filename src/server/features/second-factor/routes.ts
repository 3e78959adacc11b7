import type { FastifyInstance } from 'fastify';
import { registerOperations } from '../../platform/http/route.js';
import { secondFactorOperations } from '../../../contract/operations/second-factor.js';
import type { SecondFactorService } from './service.js';

export function registerSecondFactorRoutes(
  app: FastifyInstance,
  factors: SecondFactorService,
): void {
  registerOperations(app, secondFactorOperations, {
    getSecondFactors: async ({ actor }) => factors.status(actor),
    startTotpSetup: async ({ actor }) => factors.startTotpSetup(actor),
    confirmTotpSetup: async ({ actor, body }) => factors.confirmTotp(actor, body.code),
    disableTotp: async ({ actor }) => {
      await factors.disableTotp(actor);
    },
    startPasskeyRegistration: async ({ actor }) => ({
      options: await factors.passkeyCreationOptions(actor),
    }),
    registerPasskey: async ({ actor, body, request }) =>
      factors.registerPasskey(actor, body.credential, request.headers['user-agent']),
    deletePasskey: async ({ actor, params }) => {
      await factors.deletePasskey(actor, params.passkeyId);
    },
    regenerateRecoveryCodes: async ({ actor }) => ({
      recoveryCodes: await factors.regenerateRecoveryCodes(actor),
    }),
  });
}
