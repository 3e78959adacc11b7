/**
 * The general message of a form (not tied to one field). It is an alert so it
 * is announced the moment it appears after a failed submit.
 */
export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p class="form-message" role="alert">
      {message}
    </p>
  );
}
