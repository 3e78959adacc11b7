/** Creating an account, then on to home (or back to the invite that brought them). */
import { Page } from '../components/page';
import { SignUpForm } from '../components/sign-up-form';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { pendingInviteToken } from '../state/invite-token';

export function SignUpPage() {
  const afterSignUp = () => {
    navigate(pendingInviteToken() ? '/join' : '/', { replace: true });
    announce('Your account is ready.');
  };
  return (
    <Page title="Create your account">
      <p class="lead">
        It takes a minute. Your partner will see your name, never your e-mail address.
      </p>
      <section class="card">
        <SignUpForm onSignedUp={afterSignUp} />
      </section>
      <p>
        Already have an account? <Link href="/">Sign in</Link>
      </p>
    </Page>
  );
}
