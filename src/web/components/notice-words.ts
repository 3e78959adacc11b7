/** A notice about the account in plain words, for home and the printable summary. */

export interface NoticeLike {
  kind: string;
  detail: string | null;
}

export function describeNotice(notice: NoticeLike): string {
  const device = notice.detail ? ` (${notice.detail})` : '';
  switch (notice.kind) {
    case 'new-sign-in':
      return `A new sign-in to your account${device}.`;
    case 'password-changed':
      return `Your password was changed${device}.`;
    case 'email-changed':
      return `Your e-mail address was changed${device}.`;
    case 'second-factor-enabled':
      return `Sign-in protection was turned on${device}.`;
    case 'second-factor-disabled':
      return `Sign-in protection was turned off${device}.`;
    case 'recovery-code-used':
      return `A recovery code was used${device}.`;
    default:
      return `Something changed in how you sign in${device}.`;
  }
}
