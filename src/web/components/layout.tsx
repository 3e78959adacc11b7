/**
 * The frame around every screen: a skip link, the header — one bar holding
 * the name, the main navigation (once signed in; folded behind "Menu" on a
 * phone) and the quick exit with "Support and helplines" beside it, so help is
 * one tap away on every screen — the live region, and a quiet footer.
 */
import type { ComponentChildren } from 'preact';
import { Link } from '../router/link';
import { LiveNews } from './live-news';
import { LiveRegion } from './live-region';
import { MainNav } from './main-nav';
import { QuickExit } from './quick-exit';
import { StepUpDialog } from './step-up-dialog';

/** Focus moves without touching the URL fragment, which on /join holds the invite. */
function skipToContent(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function Layout({ signedIn, children }: { signedIn: boolean; children: ComponentChildren }) {
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header class="site-header">
        <div class="site-header__bar">
          <Link href="/" class="brand">
            Mend
          </Link>
          {signedIn && <MainNav />}
          <div class="site-header__help">
            <Link href="/support" class="support-link">
              Support and helplines
            </Link>
            <QuickExit />
          </div>
        </div>
      </header>
      <LiveRegion />
      <LiveNews />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <Link href="/docs/api">API documentation</Link>
      </footer>
      {signedIn && <StepUpDialog />}
    </>
  );
}
