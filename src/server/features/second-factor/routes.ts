import type { FastifyInstance } from 'fastify';
import {
  ConfirmTotpAnswer,
  ConfirmTotpBody,
  PasskeyCreationOptionsAnswer,
  PasskeyParams,
  RecoveryCodesAnswer,
  RegisterPasskeyAnswer,
  RegisterPasskeyBody,
  SecondFactorStatus,
  TotpSetupAnswer,
} from '../../../contract/second-factor.js';
import { defineRoute } from '../../platform/http/route.js';
import type { SecondFactorService } from './service.js';

export function registerSecondFactorRoutes(
  app: FastifyInstance,
  factors: SecondFactorService,
): void {
  const base = '/api/v1/me/second-factor';

  defineRoute(app, {
    method: 'GET',
    url: base,
    operationId: 'getSecondFactors',
    summary: 'Which second factors are on, your passkeys, and how many recovery codes are left',
    tag: 'second-factor',
    auth: 'member',
    response: SecondFactorStatus,
    handler: async ({ actor }) => factors.status(actor),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/totp/setup`,
    operationId: 'startTotpSetup',
    summary:
      'Start adding an authenticator app: the secret, shown once (needs recent re-authentication)',
    tag: 'second-factor',
    auth: 'member',
    status: 201,
    response: TotpSetupAnswer,
    handler: async ({ actor }) => factors.startTotpSetup(actor),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/totp`,
    operationId: 'confirmTotpSetup',
    summary: 'Turn the authenticator app on with its first code; new recovery codes, shown once',
    tag: 'second-factor',
    auth: 'member',
    body: ConfirmTotpBody,
    response: ConfirmTotpAnswer,
    handler: async ({ actor, body }) => factors.confirmTotp(actor, body.code),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: `${base}/totp`,
    operationId: 'disableTotp',
    summary: 'Turn the authenticator app off (needs recent re-authentication)',
    tag: 'second-factor',
    auth: 'member',
    status: 204,
    handler: async ({ actor }) => {
      await factors.disableTotp(actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/passkeys/options`,
    operationId: 'startPasskeyRegistration',
    summary: 'Options for navigator.credentials.create() (needs recent re-authentication)',
    tag: 'second-factor',
    auth: 'member',
    response: PasskeyCreationOptionsAnswer,
    handler: async ({ actor }) => ({ options: await factors.passkeyCreationOptions(actor) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/passkeys`,
    operationId: 'registerPasskey',
    summary:
      'Add a passkey from the browser’s answer; new recovery codes when it is the first factor',
    tag: 'second-factor',
    auth: 'member',
    body: RegisterPasskeyBody,
    status: 201,
    response: RegisterPasskeyAnswer,
    handler: async ({ actor, body, request }) =>
      factors.registerPasskey(actor, body.credential, request.headers['user-agent']),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: `${base}/passkeys/:passkeyId`,
    operationId: 'deletePasskey',
    summary: 'Remove one of your passkeys (needs recent re-authentication)',
    tag: 'second-factor',
    auth: 'member',
    params: PasskeyParams,
    status: 204,
    handler: async ({ actor, params }) => {
      await factors.deletePasskey(actor, params.passkeyId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: `${base}/recovery-codes`,
    operationId: 'regenerateRecoveryCodes',
    summary: 'Ten new recovery codes, shown once; the old ones stop working',
    tag: 'second-factor',
    auth: 'member',
    response: RecoveryCodesAnswer,
    handler: async ({ actor }) => ({ recoveryCodes: await factors.regenerateRecoveryCodes(actor) }),
  });
}
