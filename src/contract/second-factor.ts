/**
 * Second factors: TOTP with recovery codes, and passkeys (WebAuthn). The
 * WebAuthn shapes follow the W3C JSON forms (`PublicKeyCredential.toJSON()`,
 * `PublicKeyCredential.parseCreationOptionsFromJSON()`), with sizes capped.
 */
import { z } from 'zod';
import { Id, Instant } from './common.js';

export const SecondFactorMethod = z.enum(['totp', 'passkey', 'recovery-code']);
export type SecondFactorMethod = z.infer<typeof SecondFactorMethod>;

/** Six digits; spaces are forgiven, as apps often show "123 456". */
export const TotpCode = z
  .string()
  .max(16, 'must be the 6 digits your app shows')
  .transform((value) => value.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'must be the 6 digits your app shows'));

/** Sixteen letters and digits, written in groups of four; case, spaces and dashes are forgiven. */
export const RecoveryCode = z
  .string()
  .max(40, 'must be one of your recovery codes')
  .transform((value) => value.replace(/[\s-]/g, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9]{16}$/, 'must be one of your recovery codes'));

const B64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/, 'must be base64url');

const Transports = z.array(z.string().max(32)).max(8);
const ExtensionResults = z.record(z.string().max(64), z.unknown());

/** What the browser's `navigator.credentials.get()` gives, as JSON. */
export const PasskeyAssertion = z.strictObject({
  id: B64url(1024),
  rawId: B64url(1024),
  type: z.literal('public-key'),
  response: z.strictObject({
    clientDataJSON: B64url(4096),
    authenticatorData: B64url(4096),
    signature: B64url(2048),
    userHandle: B64url(1024).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: ExtensionResults.default({}),
});
export type PasskeyAssertion = z.output<typeof PasskeyAssertion>;

/** What the browser's `navigator.credentials.create()` gives, as JSON. */
export const PasskeyAttestation = z.strictObject({
  id: B64url(1024),
  rawId: B64url(1024),
  type: z.literal('public-key'),
  response: z.strictObject({
    clientDataJSON: B64url(4096),
    attestationObject: B64url(16384),
    authenticatorData: B64url(8192).optional(),
    transports: Transports.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: B64url(4096).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: ExtensionResults.default({}),
});
export type PasskeyAttestation = z.output<typeof PasskeyAttestation>;

/**
 * One proof of the second factor. Sign-in's second step takes exactly one;
 * re-authentication takes one when the member has a factor enabled.
 */
export const SecondFactorProofFields = {
  totp: TotpCode.optional(),
  recoveryCode: RecoveryCode.optional(),
  passkey: PasskeyAssertion.optional(),
};

export interface SecondFactorProof {
  totp?: string | undefined;
  recoveryCode?: string | undefined;
  passkey?: PasskeyAssertion | undefined;
}

export function proofCount(proof: SecondFactorProof): number {
  return [proof.totp, proof.recoveryCode, proof.passkey].filter((p) => p !== undefined).length;
}

const Credential = z.object({
  id: z.string(),
  type: z.string(),
  transports: z.array(z.string()).optional(),
});

/** Options for `navigator.credentials.create()`: nothing secret in them. */
export const PasskeyCreationOptions = z.object({
  challenge: z.string(),
  rp: z.object({ name: z.string(), id: z.string().optional() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  pubKeyCredParams: z.array(z.object({ alg: z.number().int(), type: z.string() })),
  timeout: z.number().int().optional(),
  excludeCredentials: z.array(Credential).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.string().optional(),
      residentKey: z.string().optional(),
      requireResidentKey: z.boolean().optional(),
      userVerification: z.string().optional(),
    })
    .optional(),
  attestation: z.string().optional(),
  extensions: z.object({ credProps: z.boolean().optional() }).optional(),
  hints: z.array(z.string()).optional(),
});

/** Options for `navigator.credentials.get()`. */
export const PasskeyRequestOptions = z.object({
  challenge: z.string(),
  rpId: z.string().optional(),
  timeout: z.number().int().optional(),
  allowCredentials: z.array(Credential).optional(),
  userVerification: z.string().optional(),
});

export const PasskeyCreationOptionsAnswer = z.object({ options: PasskeyCreationOptions });
export const PasskeyRequestOptionsAnswer = z.object({ options: PasskeyRequestOptions });

export const Passkey = z.object({
  id: Id,
  label: z.string().meta({ description: 'The device it was added from, e.g. "Safari on iOS".' }),
  createdAt: Instant,
  lastUsedAt: Instant.nullable(),
});
export type Passkey = z.infer<typeof Passkey>;

export const PasskeyParams = z.strictObject({ passkeyId: Id });

export const SecondFactorStatus = z.object({
  methods: z.array(SecondFactorMethod).meta({
    description: 'What sign-in will ask for; empty when no second factor is on.',
  }),
  totp: z.object({ enabled: z.boolean(), enabledAt: Instant.nullable() }),
  passkeys: z.array(Passkey),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatus>;

export const TotpSetupAnswer = z.object({
  secret: z.string().meta({ description: 'Base32, for typing into the app. Shown once.' }),
  uri: z.string().meta({ description: 'otpauth:// URI for a QR code. Shown once.' }),
  expiresAt: Instant,
});

export const ConfirmTotpBody = z.strictObject({ code: TotpCode });

const RecoveryCodesOnce = z.array(z.string()).nullable().meta({
  description:
    'New recovery codes, shown this once; null when the member already holds unused ones.',
});

export const ConfirmTotpAnswer = z.object({ recoveryCodes: RecoveryCodesOnce });

export const RegisterPasskeyBody = z.strictObject({ credential: PasskeyAttestation });

export const RegisterPasskeyAnswer = z.object({
  passkey: Passkey,
  recoveryCodes: RecoveryCodesOnce,
});

export const RecoveryCodesAnswer = z.object({
  recoveryCodes: z
    .array(z.string())
    .meta({ description: 'Shown this once; the old ones stop working.' }),
});
