/**
 * Agreements as the API answers them: rows in, answer shapes out. Free text is
 * decrypted here, and what the reader may do next (`can`) is worked out from
 * the domain's view, so the screen offers only what the service will accept.
 */
import type { z } from 'zod';
import type {
  Agreement,
  AgreementBreak,
  AgreementVersion,
} from '../../../contract/repair/agreements.js';
import type { AgreementView } from '../../../domain/path/agreements.js';
import type { Reader } from '../../../domain/visibility.js';
import type { SpaceAccess } from '../../platform/auth/access.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { viewOf } from './agreement-view.js';
import type {
  AgreementAnswerRow,
  AgreementBreakRow,
  AgreementRow,
  AgreementVersionRow,
} from './queries.js';

export type AgreementOut = z.input<typeof Agreement>;
export type VersionOut = z.input<typeof AgreementVersion>;
export type BreakOut = z.input<typeof AgreementBreak>;

/** The presenters, bound to the field cipher that opens the rows' text. */
export function agreementPresenters(cipher: FieldCipher) {
  function presentVersion(
    row: AgreementVersionRow,
    view: AgreementView,
    answers: AgreementAnswerRow[],
    reader: Reader,
  ): VersionOut {
    const me = reader.memberId;
    const state = view.versions.get(row.id)!;
    const mine = answers.filter((a) => a.versionId === row.id);
    const open =
      view.status !== 'retired' &&
      state.state === 'pending' &&
      row.authorId !== me &&
      !mine.some((a) => a.authorId === me);
    return {
      id: row.id,
      agreementId: row.agreementId,
      version: row.version,
      kind: row.kind,
      authorId: row.authorId,
      text: cipher.decryptNullable(row.text, { rowId: row.id, spaceId: row.spaceId }),
      reviewOn: row.reviewOn,
      state: state.state,
      acceptedBy: state.acceptedBy,
      acceptedAt: state.acceptedAt,
      answers: mine.map((a) => ({
        memberId: a.authorId,
        answer: a.answer,
        comment: cipher.decryptNullable(a.comment, { rowId: a.id, spaceId: a.spaceId }),
        at: a.createdAt,
      })),
      latest: state.latest,
      locked: state.locked,
      lockReason: state.lockReason,
      can: {
        accept: open,
        decline: open,
        edit: row.authorId === me && !state.locked && view.status !== 'retired',
      },
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  function presentBreak(row: AgreementBreakRow): BreakOut {
    return {
      id: row.id,
      agreementId: row.agreementId,
      kind: row.kind,
      reportedBy: row.authorId,
      brokenBy: row.brokenById,
      versionId: row.versionId,
      day: row.day,
      note: cipher.decryptNullable(row.note, { rowId: row.id, spaceId: row.spaceId }),
      therapistMaySee: row.therapistVisible === 1,
      createdAt: row.createdAt,
    };
  }

  function presentAgreement(
    agreement: AgreementRow,
    versionRows: AgreementVersionRow[],
    answers: AgreementAnswerRow[],
    breaks: AgreementBreakRow[],
    access: SpaceAccess,
  ): AgreementOut {
    const versionsHere = versionRows.filter((v) => v.agreementId === agreement.id);
    const answersHere = answers.filter((a) => a.agreementId === agreement.id);
    const view = viewOf(versionsHere, answersHere);
    const versions = versionsHere.map((v) => presentVersion(v, view, answersHere, access.reader));
    const find = (id: string | null) => versions.find((v) => v.id === id) ?? null;
    return {
      id: agreement.id,
      status: view.status,
      proposedBy: agreement.authorId,
      active: find(view.activeVersionId),
      pending: find(view.pendingVersionId),
      versions,
      breaks: breaks.filter((b) => b.agreementId === agreement.id).map(presentBreak),
      activeSince: view.activeSince,
      retiredAt: view.retiredAt,
      // Only what applies to the agreement's state: a proposal nobody has accepted
      // has nothing in force to renegotiate or retire; it is answered, or corrected
      // by its author, and after a "not like this" either may propose other wording.
      can: {
        proposeChange:
          view.status === 'active' ||
          (view.status === 'proposed' && view.pendingVersionId === null),
        proposeRetirement: view.status === 'active',
        discloseBreak: view.status === 'active',
        reportBreak: view.status === 'active' && access.partnerId !== null,
      },
      createdAt: agreement.createdAt,
    };
  }

  return { presentAgreement, presentBreak };
}
