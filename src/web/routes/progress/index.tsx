/**
 * The progress screen: the honest answer to "how long will this take?" and
 * the pictures around it — trust over time with the forecast, reliability
 * (commitment strength and due days), communication (check-ins and
 * conversations per week). Loaded on demand as its own module; the charting
 * library loads only when a chart is on screen.
 *
 * The forecast is read as stored; when the server says it is being
 * recomputed, the screen asks again a few times, a little later each time.
 */
import { useEffect } from 'preact/hooks';
import { call } from '../../api/client';
import type { MeAnswer } from '../../api/types';
import { checkInOperations } from '../../../contract/operations/check-ins';
import { commitmentOperations } from '../../../contract/operations/commitments';
import { conversationOperations } from '../../../contract/operations/conversations';
import { forecastOperations } from '../../../contract/operations/forecast';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { Link } from '../../router/link';
import { addDaysTo } from './chart-data';
import { COMMUNICATION_WEEKS, CommunicationSection } from './communication-section';
import { ForecastSection } from './forecast-section';
import { ReliabilitySection } from './reliability-section';
import '../../styles/repair.css';
import '../../styles/progress.css';

const RETRY_MS = [1_000, 2_000, 4_000, 8_000];

export function ProgressScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const forecast = useLoad(() => call(forecastOperations.getForecast));
  const activity = useLoad(async () => {
    const checkIns = await call(checkInOperations.listCheckIns);
    const from = addDaysTo(checkIns.today, -7 * COMMUNICATION_WEEKS);
    const [recent, conversations] = await Promise.all([
      call(checkInOperations.listCheckIns, { query: { from } }),
      call(conversationOperations.listConversations, { query: { from } }),
    ]);
    return {
      today: checkIns.today,
      checkIns: recent.items.map((c) => ({ memberId: c.memberId, day: c.day })),
      conversationDays: conversations.items.map((c) => c.day),
    };
  });
  const reliability = useLoad(async () => {
    const list = await call(commitmentOperations.listCommitments);
    return Promise.all(
      list.items.map((c) =>
        call(commitmentOperations.getCommitment, { params: { commitmentId: c.id } }),
      ),
    );
  });

  // Being recomputed: look again shortly, a few times.
  const refreshing = forecast.data?.refreshing ?? false;
  useEffect(() => {
    if (!refreshing) return;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    const again = () => {
      timer = setTimeout(() => {
        void forecast.reload().then(() => {
          attempt += 1;
          if (attempt < RETRY_MS.length) again();
        });
      }, RETRY_MS[attempt]);
    };
    again();
    return () => clearTimeout(timer);
  }, [refreshing]);

  const today = activity.data?.today ?? new Date().toISOString().slice(0, 10);
  return (
    <Page title="Progress">
      <RepairNav />
      <p>
        What you did, in pictures, and an honest range for the road ahead. Nothing here is a score
        or a deadline. <Link href="/progress/report">A report for your therapist</Link> gathers a
        chosen period on one printable page.
      </p>
      <p>
        <Link href="/progress/trust">Trust, month by month</Link>: six short statements once a
        month, private unless you share them, and where your answers have changed clearly.
      </p>
      <LoadState loaded={forecast} busyText="Loading your forecast…" />
      {forecast.data && (
        <ForecastSection
          answer={forecast.data}
          people={people}
          today={today}
          onShared={() => void forecast.reload()}
        />
      )}
      <LoadState loaded={reliability} busyText="Loading commitments…" />
      {reliability.data && <ReliabilitySection details={reliability.data} people={people} />}
      <LoadState loaded={activity} busyText="Loading check-ins and conversations…" />
      {activity.data && (
        <CommunicationSection
          checkIns={activity.data.checkIns}
          conversationDays={activity.data.conversationDays}
          people={people}
          today={activity.data.today}
        />
      )}
    </Page>
  );
}
