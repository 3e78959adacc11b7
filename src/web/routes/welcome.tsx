/** The first screen for someone signed out: what Mend is, and signing in. */
import { Page } from '../components/page';
import { SignInForm } from '../components/sign-in-form';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { pendingInviteToken } from '../state/invite-token';

export function WelcomePage({ returnTo }: { returnTo: string }) {
  const afterSignIn = () => navigate(pendingInviteToken() ? '/join' : returnTo, { replace: true });
  return (
    <Page title="Welcome" heading="Welcome to Mend">
      <p class="lead">
        A private place for the two of you to rebuild trust, one honest day at a time.
      </p>
      <section class="card" aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">Sign in</h2>
        <SignInForm onSignedIn={afterSignIn} />
      </section>
      <p>
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
      <p>
        {/* The guide is served by the server as its own pages, so a plain link. */}
        Wondering how it works? <a href="/guide">Read the guide to rebuilding trust</a>.
      </p>
    </Page>
  );
}
