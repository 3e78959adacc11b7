/**
 * The safety check on its own screen: answered first from home, and again
 * from Settings whenever the person wants.
 */
import { Page } from '../components/page';
import { SafetyStep } from '../components/safety-step';
import { useSafetyStatus } from '../components/use-safety-status';
import { Link } from '../router/link';
import { navigate } from '../router/router';

export function SafetyPage() {
  const { status, error } = useSafetyStatus();
  const answeredOn = status?.answeredAt
    ? new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(status.answeredAt))
    : null;
  return (
    <Page title="Safety check">
      {answeredOn && (
        <p class="lead">
          You last answered on {answeredOn}. You can answer again whenever things change.
        </p>
      )}
      {error && (
        <p class="form-message" role="alert">
          {error}
        </p>
      )}
      {!status && !error && <p aria-busy="true">Opening your safety check…</p>}
      {status && (
        <SafetyStep
          status={status}
          askAgain
          onDone={(next) => {
            // With concern, the choice stays on screen to read; otherwise go on.
            if (!next.concern) navigate('/', { replace: true });
          }}
        />
      )}
      <p>
        <Link href="/">Back to home</Link>
      </p>
    </Page>
  );
}
