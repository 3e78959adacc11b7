/** The second factor operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const secondFactorOperations = defineOperations('second-factor', {
  getSecondFactors: {
    method: 'GET',
    path: '/api/v1/me/second-factor',
    summary: 'Which second factors are on, your passkeys, and how many recovery codes are left',
    auth: 'member',
    response: 'SecondFactorStatus',
  },
  startTotpSetup: {
    method: 'POST',
    path: '/api/v1/me/second-factor/totp/setup',
    summary:
      'Start adding an authenticator app: the secret, shown once (needs recent re-authentication)',
    auth: 'member',
    status: 201,
    response: 'TotpSetupAnswer',
  },
  confirmTotpSetup: {
    method: 'POST',
    path: '/api/v1/me/second-factor/totp',
    summary: 'Turn the authenticator app on with its first code; new recovery codes, shown once',
    auth: 'member',
    body: 'ConfirmTotpBody',
    response: 'ConfirmTotpAnswer',
  },
  disableTotp: {
    method: 'DELETE',
    path: '/api/v1/me/second-factor/totp',
    summary: 'Turn the authenticator app off (needs recent re-authentication)',
    auth: 'member',
    status: 204,
  },
  startPasskeyRegistration: {
    method: 'POST',
    path: '/api/v1/me/second-factor/passkeys/options',
    summary: 'Options for navigator.credentials.create() (needs recent re-authentication)',
    auth: 'member',
    response: 'PasskeyCreationOptionsAnswer',
  },
  registerPasskey: {
    method: 'POST',
    path: '/api/v1/me/second-factor/passkeys',
    summary:
      'Add a passkey from the browser’s answer; new recovery codes when it is the first factor',
    auth: 'member',
    status: 201,
    body: 'RegisterPasskeyBody',
    response: 'RegisterPasskeyAnswer',
  },
  deletePasskey: {
    method: 'DELETE',
    path: '/api/v1/me/second-factor/passkeys/:passkeyId',
    summary: 'Remove one of your passkeys (needs recent re-authentication)',
    auth: 'member',
    status: 204,
    params: 'PasskeyParams',
  },
  regenerateRecoveryCodes: {
    method: 'POST',
    path: '/api/v1/me/second-factor/recovery-codes',
    summary: 'Ten new recovery codes, shown once; the old ones stop working',
    auth: 'member',
    response: 'RecoveryCodesAnswer',
  },
});
