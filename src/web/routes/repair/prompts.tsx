/**
 * The prompt library: questions to begin an open conversation, grouped by the
 * step they belong to and by honesty, reliability and vulnerability. Prompts
 * the couple used are marked; picking one starts logging a conversation.
 */
import { useState } from 'preact/hooks';
import { formErrorsFrom } from '../../api/form-errors';
import { call } from '../../api/client';
import type { MeAnswer, Prompt } from '../../api/types';
import { promptOperations } from '../../../contract/operations/prompts';
import { FormMessage } from '../../components/form-message';
import { formatDate } from '../../components/instants';
import { Page } from '../../components/page';
import { PartnerFirst } from '../../components/repair/partner-first';
import { peopleFor } from '../../components/repair/people';
import { pickedPrompt } from '../../components/repair/picked-prompt';
import { RepairNav } from '../../components/repair/repair-nav';
import { useLoad } from '../../components/repair/use-load';
import { PROMPT_ELEMENT_LABELS, PROMPT_ELEMENTS } from '../../components/repair/words';
import { navigate } from '../../router/router';
import { announce } from '../../state/announcer';

const STEP_TITLES: Record<number, string> = {
  1: 'Step 1 · Acknowledge',
  2: 'Step 2 · Communicate',
  3: 'Step 3 · Take responsibility',
  4: 'Step 4 · Set boundaries',
};

export function PromptsScreen({ me }: { me: MeAnswer }) {
  const people = peopleFor(me);
  const loaded = useLoad(async () => (await call(promptOperations.listPrompts)).items);
  const [freshOnly, setFreshOnly] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const prompts = loaded.data;

  const pick = async (prompt: Prompt) => {
    if (busyId) return;
    setBusyId(prompt.id);
    setError(null);
    try {
      const { prompt: picked } = await call(promptOperations.pickPrompt, {
        params: { promptId: prompt.id },
      });
      pickedPrompt.set({ id: picked.id, text: picked.text });
      navigate('/conversations/new');
      announce('The prompt is ready. Talk first; log the conversation here afterwards.');
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
      setBusyId(null);
    }
  };

  const steps = prompts ? [...new Set(prompts.map((prompt) => prompt.step))].sort() : [];
  const shown = (prompt: Prompt) => !freshOnly || !prompt.used;

  return (
    <Page title="Prompts to begin">
      <RepairNav />
      <p class="lead">
        Questions to open a conversation, in our own words. Pick one, talk, and log the conversation
        afterwards. Prompts you have used are marked, so you can look for fresh ones.
      </p>
      {!people.partnerId && <PartnerFirst what="A conversation" />}
      <div class="check">
        <input
          type="checkbox"
          id="fresh-only"
          checked={freshOnly}
          onChange={(event) => setFreshOnly(event.currentTarget.checked)}
        />
        <label for="fresh-only">Show only prompts we have not used</label>
      </div>
      <FormMessage message={error ?? loaded.error} />
      {!prompts && !loaded.error && <p aria-busy="true">Opening the library…</p>}
      {prompts &&
        steps.map((step) => (
          <section key={step} class="prompt-step" aria-labelledby={`prompts-${step}-heading`}>
            <h2 id={`prompts-${step}-heading`}>{STEP_TITLES[step] ?? `Step ${step}`}</h2>
            {PROMPT_ELEMENTS.map((element) => {
              const items = prompts.filter(
                (prompt) => prompt.step === step && prompt.element === element && shown(prompt),
              );
              if (items.length === 0) return null;
              return (
                // A plain group, not a landmark: the same element heading
                // ("Questions") recurs under every step.
                <div key={element} class="prompt-group">
                  <h3 id={`prompts-${step}-${element}`}>{PROMPT_ELEMENT_LABELS[element]}</h3>
                  <ul class="prompt-list">
                    {items.map((prompt) => (
                      <li key={prompt.id} class="prompt">
                        <p id={`prompt-${prompt.id}`} class="prompt__text">
                          {prompt.text}
                        </p>
                        {prompt.used && (
                          <p class="field__hint">
                            <span class="tag">Used</span>
                            {prompt.lastUsedAt
                              ? ` most recently on ${formatDate(prompt.lastUsedAt)}`
                              : ''}
                          </p>
                        )}
                        {people.partnerId && (
                          <button
                            type="button"
                            class="button"
                            aria-disabled={busyId === prompt.id ? 'true' : undefined}
                            aria-describedby={`prompt-${prompt.id}`}
                            onClick={() => void pick(prompt)}
                          >
                            {busyId === prompt.id ? 'Picking…' : 'Start with this one'}
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        ))}
    </Page>
  );
}
