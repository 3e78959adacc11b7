/**
 * Forgiveness (step 10): what forgiveness means here, said first and with
 * care; the private reflection (one each 30 days) and the author's own trend;
 * reflections the partner shared; and the optional forgiveness statement.
 * Nothing is asked of anyone: the reflection is there when one opens this
 * screen, and the statement is never prompted.
 */
import { call } from '../../api/client';
import type { ForgivenessStatementItem, MeAnswer, Reflection } from '../../api/types';
import { forgivenessOperations } from '../../../contract/operations/forgiveness';
import { Page } from '../../components/page';
import { LoadState } from '../../components/repair/load-state';
import { peopleFor } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { ReflectionPart } from './forgiveness-reflection';
import { StatementPart } from './forgiveness-statement';
import { MyReflections, SharedReflections } from './forgiveness-trend';

const loadAll = async () => {
  const [reflections, statements] = await Promise.all([
    call(forgivenessOperations.getReflections),
    call(forgivenessOperations.getForgivenessStatements),
  ]);
  return { reflections, statements };
};

export function ForgivenessScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(loadAll);
  const data = loaded.data;
  const replaceReflection = (changed: Reflection) =>
    data &&
    loaded.set({
      ...data,
      reflections: {
        ...data.reflections,
        mine: data.reflections.mine.map((r) => (r.id === changed.id ? changed : r)),
      },
    });
  const replaceStatement = (mine: ForgivenessStatementItem) =>
    data && loaded.set({ ...data, statements: { ...data.statements, mine } });
  return (
    <Page title="Forgiveness">
      <RepairNav />
      <aside class="note-box" aria-labelledby="forgiveness-about-heading">
        <h2 id="forgiveness-about-heading">What forgiveness means here</h2>
        <p>
          Forgiveness means letting go of resentment, in your own time. It does not excuse what
          happened or say that it was all right. It is not required of anyone, and nobody should be
          pushed to it — not by a partner, and not by Mend.
        </p>
        <p>
          What you write here is private. Your partner sees a reflection or a statement only if you
          choose to share it, and you can keep it private again at any time.
        </p>
      </aside>
      <LoadState loaded={loaded} busyText="Opening forgiveness…" />
      {data && (
        <>
          <ReflectionPart
            due={data.reflections.due}
            nextOn={data.reflections.nextOn}
            items={data.reflections.items}
            onWritten={loaded.reload}
          />
          <MyReflections
            mine={data.reflections.mine}
            items={data.reflections.items}
            people={people}
            onChanged={replaceReflection}
          />
          <SharedReflections
            shared={data.reflections.sharedWithMe}
            items={data.reflections.items}
            people={people}
          />
          <StatementPart
            statements={data.statements}
            people={people}
            onChanged={replaceStatement}
          />
        </>
      )}
    </Page>
  );
}
