/**
 * The monthly trust questionnaire (issue 10): six statements answered 1–7,
 * once a calendar month, private unless the author shares one. The screen
 * offers this month's form when it is due (or, once answered, to change this
 * month's answers), says in words where the answers changed clearly since the
 * first month (the milestones), and lists each month with its share choice.
 * Questionnaires the partner shared have their own section; the partner's
 * milestones are theirs and never shown here.
 */
import { call } from '../../api/client';
import type { MeAnswer, TrustOverview, TrustQuestionnaire } from '../../api/types';
import { trustQuestionnaireOperations } from '../../../contract/operations/trust-questionnaires';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { Link } from '../../router/link';
import { TrustMonthPart } from './trust-form';
import { MyTrustMonths, SharedTrustMonths, TrustMilestonesPart } from './trust-months';
import '../../styles/repair.css';

export function TrustQuestionnaireScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(() => call(trustQuestionnaireOperations.getTrustQuestionnaires));
  const data = loaded.data;
  const replace = (changed: TrustQuestionnaire) =>
    data &&
    loaded.set({
      ...data,
      mine: data.mine.map((q) => (q.id === changed.id ? changed : q)),
    } satisfies TrustOverview);
  return (
    <Page title="Trust, month by month">
      <RepairNav />
      <p>
        Once a month, six short statements about how much you can count on your partner now. There
        are no right answers, and it is fine if they go up and down. Only you see your answers
        unless you choose to share a month. <Link href="/progress">Back to progress</Link>
      </p>
      <LoadState loaded={loaded} busyText="Opening the questionnaire…" />
      {data && (
        <>
          <TrustMonthPart overview={data} onKept={loaded.reload} />
          <TrustMilestonesPart milestones={data.milestones} count={data.mine.length} />
          <MyTrustMonths mine={data.mine} items={data.items} people={people} onChanged={replace} />
          <SharedTrustMonths shared={data.sharedWithMe} items={data.items} people={people} />
        </>
      )}
    </Page>
  );
}
