/**
 * The reveal rule for conversation ratings, said the way the check-in screen
 * says it: answer privately, then see each other's.
 */
export function RevealNote({ partnerName }: { partnerName: string }) {
  return (
    <aside class="note-box" aria-labelledby="conversation-reveal-heading">
      <h2 id="conversation-reveal-heading">Answer privately, then see each other’s</h2>
      <p>
        {partnerName}’s answers about a conversation appear once you have given yours for the same
        conversation, or once the day they gave them is over. Yours appear to them in the same way,
        so neither of you is swayed by the other. A note kept to yourself is never shown to{' '}
        {partnerName}.
      </p>
    </aside>
  );
}
