import { Page } from '../components/page';
import { Link } from '../router/link';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>
        There is nothing at this address. <Link href="/">Go to the start</Link>.
      </p>
    </Page>
  );
}
