/**
 * One version of a written text (an acknowledgment, an impact statement): its
 * heading, when it was written, the text or, while its writer corrects it, the
 * form for that, whether it can still change, and the button to correct it.
 * After a correction, focus returns to the version's heading.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { announce } from '../../state/announcer';
import { formatInstant } from '../instants';
import { focusSoon } from './focus';
import type { People } from './people';
import { TextForm } from './text-form';
import { VersionState } from './version-state';
import { VersionTitle } from './version-title';
import { TEXT_LIMITS } from './words';

interface WrittenVersion {
  id: string;
  version: number;
  latest: boolean;
  text: string;
  authorId: string | null;
  createdAt: string;
  locked: boolean;
  lockReason: 'answered' | 'revised' | null;
  can: { edit: boolean };
}

interface TextVersionProps {
  /** Starts the ids: `<prefix>-version-<id>` for the heading, `<prefix>-edit-<id>` for the form. */
  idPrefix: string;
  item: WrittenVersion;
  /** When it was last corrected, shown if it differs from when it was written. */
  correctedAt?: string;
  people: People;
  saveCorrection: (text: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Shown under the text: the partner's answer to this version. */
  answer?: ComponentChildren;
  /** Shown last: the form to answer this version. */
  children?: ComponentChildren;
}

export function TextVersion(props: TextVersionProps) {
  const { item, people } = props;
  const [editing, setEditing] = useState(false);
  const headingId = `${props.idPrefix}-version-${item.id}`;
  return (
    <article class="version" aria-labelledby={headingId}>
      <VersionTitle id={headingId} latest={item.latest}>
        Version {item.version}
      </VersionTitle>
      <p class="field__hint">
        Written {formatInstant(item.createdAt)}
        {props.correctedAt !== undefined && props.correctedAt !== item.createdAt
          ? `, corrected ${formatInstant(props.correctedAt)}`
          : ''}
      </p>
      {editing ? (
        <TextForm
          id={`${props.idPrefix}-edit-${item.id}`}
          label="Your correction"
          initial={item.text}
          max={TEXT_LIMITS.long}
          submitLabel="Save the correction"
          busyLabel="Saving…"
          emptyMessage="Please keep some words here."
          onCancel={() => setEditing(false)}
          onSubmit={async (text) => {
            await props.saveCorrection(text);
            setEditing(false);
            await props.reload();
            focusSoon(headingId);
            announce('Your correction is saved.');
          }}
        />
      ) : (
        <p class="quote">{item.text}</p>
      )}
      {props.answer}
      <VersionState
        locked={item.locked}
        lockReason={item.lockReason}
        mine={people.isMe(item.authorId)}
        partnerName={people.partnerName}
      />
      {item.can.edit && !editing && (
        <button type="button" class="button" onClick={() => setEditing(true)}>
          Correct this version
        </button>
      )}
      {props.children}
    </article>
  );
}
