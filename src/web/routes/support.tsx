/**
 * Support and helplines, one tap away on every screen (the link beside quick
 * exit), for anyone, signed in or not, whatever the safety check said: the
 * helplines of the person's country — guessed from their time zone, and
 * changeable — with the international ones beside them.
 */
import { countryFromTimeZone } from '../../domain/safety';
import type { MeAnswer } from '../api/types';
import { CrisisResources } from '../components/crisis-resources';
import { Page } from '../components/page';

function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return '';
  }
}

export function SupportPage({ me }: { me: MeAnswer | null }) {
  const timeZone = me?.member.timeZone ?? browserTimeZone();
  return (
    <Page title="Support and helplines">
      <p class="lead">
        If you are afraid, hurt or unsure, you deserve support of your own. The people below are
        there only for you, and you can reach them without your partner knowing.
      </p>
      <CrisisResources suggestedCountry={countryFromTimeZone(timeZone)} level={2} />
      <p>
        In danger right now? Call your local emergency number. <strong>Quick exit</strong> at the
        top of every page, or pressing Shift three times, leaves Mend at once.
      </p>
    </Page>
  );
}
