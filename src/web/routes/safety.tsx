/**
 * The safety check on its own screen: answered first from home, and again
 * from Settings whenever the person wants. The helplines for the person's
 * country are always here, whatever the last answers were (the page about
 * support shows them itself when it is on screen).
 */
import { useState } from 'preact/hooks';
import { CrisisResources } from '../components/crisis-resources';
import { Page } from '../components/page';
import { SafetyStep } from '../components/safety-step';
import { useSafetyStatus } from '../components/use-safety-status';
import { Link } from '../router/link';
import { navigate } from '../router/router';

export function SafetyPage() {
  const { status, error } = useSafetyStatus();
  const [concernShown, setConcernShown] = useState(false);
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
          onConcernShown={setConcernShown}
          onDone={(next) => {
            // With concern, the choice stays on screen to read; otherwise go on.
            if (!next.concern) navigate('/', { replace: true });
          }}
        />
      )}
      {status && !concernShown && (
        <section class="card" aria-labelledby="helplines-heading">
          <h2 id="helplines-heading">Support and helplines</h2>
          <p>
            Whatever you answered, you can talk with someone who is there only for you. These are
            always here, and behind “Support and helplines” at the top of every page.
          </p>
          <CrisisResources suggestedCountry={status.suggestedCountry} />
        </section>
      )}
      <p>
        <Link href="/">Back to home</Link>
      </p>
    </Page>
  );
}
