/**
 * Impact and apology (step 3). The hurt partner writes how it affected them;
 * the partner who broke trust answers with an apology written along the guide,
 * with those words beside it; the hurt partner says how understood they feel
 * (1–7) and may ask for another try. Every version of each stays visible.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { Apology, Breach, ImpactStatement, MeAnswer } from '../../api/types';
import { apologyOperations } from '../../../contract/operations/apologies';
import { breachOperations } from '../../../contract/operations/breaches';
import { Page } from '../../components/page';
import { ApologyForm, emptyParts } from '../../components/repair/apology-form';
import { focusSoon } from '../../components/repair/focus';
import { peopleFor, type People } from '../../components/repair/people';
import { RepairNav } from '../../components/repair/repair-nav';
import { roleLine } from '../../components/repair/roles';
import { TextForm } from '../../components/repair/text-form';
import { useHasTherapist } from '../../components/repair/therapist-flag';
import { LoadState } from '../../components/repair/load-state';
import { newestFirst } from '../../components/repair/newest-first';
import { TextVersion } from '../../components/repair/text-version';
import { useLoad } from '../../components/repair/use-load';
import { TEXT_LIMITS } from '../../components/repair/words';
import { Link } from '../../router/link';
import { announce } from '../../state/announcer';
import { latestBy } from './breach-detail';
import { ApologyItem } from './apology-version';

interface Loaded {
  breach: Breach;
  statements: ImpactStatement[];
  apologies: Apology[];
}

export function ApologyScreen({ me, breachId }: { me: MeAnswer; breachId: string }) {
  const people = peopleFor(me);
  const hasTherapist = useHasTherapist();
  const loaded = useLoad<Loaded>(async () => {
    const [breach, statements, apologies] = await Promise.all([
      call(breachOperations.getBreach, { params: { breachId } }),
      call(apologyOperations.listImpactStatements, { params: { breachId } }),
      call(apologyOperations.listApologies, { params: { breachId } }),
    ]);
    return { breach: breach.breach, statements: statements.items, apologies: apologies.items };
  }, [breachId]);
  const data = loaded.data;

  return (
    <Page title="Impact and apology">
      <RepairNav />
      <LoadState loaded={loaded} busyText="Opening impact and apology…" />
      {data && (
        <>
          <p class="lead">
            For <Link href={`/breaches/${data.breach.id}`}>{data.breach.title}</Link>.{' '}
            {roleLine(data.breach, people)}
          </p>
          {data.breach.hurt.map((hurt) => (
            <HurtThread
              key={hurt}
              hurt={hurt}
              data={data}
              people={people}
              offerTherapist={hasTherapist}
              reload={loaded.reload}
            />
          ))}
        </>
      )}
    </Page>
  );
}

interface ThreadProps {
  hurt: string;
  data: Loaded;
  people: People;
  offerTherapist: boolean;
  reload: () => Promise<void>;
}

function HurtThread({ hurt, data, people, offerTherapist, reload }: ThreadProps) {
  const { breach } = data;
  const mine = people.isMe(hurt);
  const name = people.nameOf(hurt);
  const statements = newestFirst(data.statements.filter((s) => s.authorId === hurt));
  const latestStatement = statements[0];
  const apologizers = breach.brokeTrust.filter((id) => id !== hurt);
  const apologies = newestFirst(
    data.apologies.filter((apology) => apologizers.includes(apology.authorId)),
  );
  const myLatestApology = latestBy(apologies, people.myId);
  const iApologize = apologizers.includes(people.myId);
  const [writingStatement, setWritingStatement] = useState(false);
  const [editingApology, setEditingApology] = useState(false);
  const [writingApology, setWritingApology] = useState(false);

  const canWriteStatement = mine && breach.can.writeImpactStatement;
  const showStatementForm = canWriteStatement && (!latestStatement || writingStatement);
  // A new apology after an answer; before that, correcting the last one is enough. The
  // form is open when an apology is due or another try was asked for; otherwise on request.
  const answer = myLatestApology?.rating ?? null;
  const canTryAgain = iApologize && latestStatement !== undefined;
  const showApologyForm =
    canTryAgain && (!myLatestApology || (answer !== null && (answer.anotherTry || writingApology)));
  const offerApologyButton =
    canTryAgain && answer !== null && !answer.anotherTry && !writingApology;

  const statementHeading = `statement-${hurt}-heading`;
  const apologyHeading = `apology-${hurt}-heading`;

  return (
    <>
      <section class="thread" aria-labelledby={statementHeading}>
        <h2 id={statementHeading} tabIndex={-1}>
          How it affected {mine ? 'you' : name}
        </h2>
        {showStatementForm && (
          <section class="card" aria-labelledby={`${statementHeading}-write`}>
            <h3 id={`${statementHeading}-write`}>
              {latestStatement ? 'Write a new version' : 'In your own words'}
            </h3>
            <p class="field__hint">
              What you felt, what changed for you, what you fear now. {people.partnerName} reads it
              and answers with an apology; nothing here is a test to pass.
            </p>
            <TextForm
              id={`statement-${hurt}-new`}
              label="How this affected me"
              initial={latestStatement?.text ?? ''}
              max={TEXT_LIMITS.long}
              submitLabel="Share how it affected me"
              busyLabel="Sharing…"
              emptyMessage="Please write how it affected you first."
              offerTherapist={offerTherapist}
              {...(latestStatement ? { onCancel: () => setWritingStatement(false) } : {})}
              onSubmit={async (text, therapistMaySee) => {
                await call(apologyOperations.writeImpactStatement, {
                  params: { breachId: breach.id },
                  body: { text, therapistMaySee },
                });
                setWritingStatement(false);
                await reload();
                focusSoon(statementHeading);
                announce(`Your words are shared with ${people.partnerName}.`);
              }}
            />
          </section>
        )}
        {!latestStatement && !mine && (
          <p>
            {name} has not written how it affected them yet. The apology answers their words, so it
            waits for them.
          </p>
        )}
        {statements.length > 0 && (
          <ol
            class="versions"
            aria-label={`Every version of ${mine ? 'your' : `${name}’s`} words, newest first`}
          >
            {statements.map((statement) => (
              <li key={statement.id}>
                <StatementItem statement={statement} people={people} reload={reload} />
              </li>
            ))}
          </ol>
        )}
        {canWriteStatement && latestStatement && !writingStatement && (
          <button type="button" class="button" onClick={() => setWritingStatement(true)}>
            Write a new version
          </button>
        )}
      </section>

      <section class="thread" aria-labelledby={apologyHeading}>
        <h2 id={apologyHeading} tabIndex={-1}>
          The apology to {mine ? 'you' : name}
        </h2>
        {showApologyForm && latestStatement && (
          <section class="card wide" aria-labelledby={`${apologyHeading}-write`}>
            <h3 id={`${apologyHeading}-write`}>
              {!myLatestApology
                ? 'Write your apology'
                : answer?.anotherTry
                  ? 'Try again'
                  : 'Write a new version'}
            </h3>
            <p class="field__hint">
              Four parts, in your own words. Take them one at a time, with {name}’s words in view.
              {myLatestApology?.rating?.comment
                ? ` ${name} said what would help: “${myLatestApology.rating.comment}”`
                : ''}
            </p>
            <ApologyForm
              id={`apology-${hurt}-new`}
              statement={latestStatement}
              statementAuthor={name}
              initial={myLatestApology?.parts ?? emptyParts}
              submitLabel={myLatestApology ? 'Share the new version' : 'Share my apology'}
              offerTherapist={offerTherapist}
              {...(writingApology ? { onCancel: () => setWritingApology(false) } : {})}
              onSubmit={async (parts, therapistMaySee) => {
                await call(apologyOperations.writeApology, {
                  params: { breachId: breach.id },
                  body: { impactStatementId: latestStatement.id, parts, therapistMaySee },
                });
                setWritingApology(false);
                await reload();
                focusSoon(apologyHeading);
                announce(`Your apology is shared with ${name}.`);
              }}
            />
          </section>
        )}
        {apologies.length === 0 && !iApologize && (
          <p>
            {latestStatement
              ? `${people.nameOf(apologizers[0] ?? null)} has not written an apology yet. There is no rush.`
              : 'The apology comes after the words on how it affected you.'}
          </p>
        )}
        {apologies.length > 0 && (
          <ol class="versions" aria-label="Every version of the apology, newest first">
            {apologies.map((apology) => (
              <li key={apology.id}>
                {editingApology && apology.can.edit && apology.impactStatement ? (
                  <div class="version wide">
                    <ApologyForm
                      id={`apology-edit-${apology.id}`}
                      statement={apology.impactStatement}
                      statementAuthor={name}
                      initial={apology.parts}
                      submitLabel="Save the correction"
                      onCancel={() => setEditingApology(false)}
                      onSubmit={async (parts) => {
                        await call(apologyOperations.editApology, {
                          params: { apologyId: apology.id },
                          body: { parts },
                        });
                        setEditingApology(false);
                        await reload();
                        focusSoon(`apology-version-${apology.id}`);
                        announce('Your correction is saved.');
                      }}
                    />
                  </div>
                ) : (
                  <ApologyItem
                    apology={apology}
                    hurtName={name}
                    people={people}
                    onEdit={() => setEditingApology(true)}
                    reload={reload}
                  />
                )}
              </li>
            ))}
          </ol>
        )}
        {offerApologyButton && (
          <button type="button" class="button" onClick={() => setWritingApology(true)}>
            Write a new version
          </button>
        )}
      </section>
    </>
  );
}

function StatementItem({
  statement,
  people,
  reload,
}: {
  statement: ImpactStatement;
  people: People;
  reload: () => Promise<void>;
}) {
  return (
    <TextVersion
      idPrefix="statement"
      item={statement}
      people={people}
      saveCorrection={async (text) => {
        await call(apologyOperations.editImpactStatement, {
          params: { impactStatementId: statement.id },
          body: { text },
        });
      }}
      reload={reload}
    />
  );
}
