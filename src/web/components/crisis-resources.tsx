/**
 * Helplines for the person's country (guessed from their time zone, and
 * changeable), always with the international list beside them.
 */
import { useEffect, useState } from 'preact/hooks';
import { safetyOperations } from '../../contract/operations/safety';
import { call } from '../api/client';
import type { CrisisResourcesAnswer } from '../api/types';

type Resource = CrisisResourcesAnswer['resources'][number];

function ResourceItem({ resource }: { resource: Resource }) {
  return (
    <li class="resource">
      <strong>{resource.name}</strong>
      <p>{resource.description}</p>
      <ul class="resource__ways">
        {resource.phone && (
          <li>
            Call <a href={`tel:${resource.phone.replace(/[^\d+]/g, '')}`}>{resource.phone}</a>
          </li>
        )}
        {resource.text && <li>{resource.text}</li>}
        <li>
          <a href={resource.url} rel="noreferrer">
            {resource.url.replace(/^https?:\/\//, '')}
          </a>
        </li>
      </ul>
    </li>
  );
}

interface CrisisResourcesProps {
  suggestedCountry: string | null;
  /** The level of the list's heading: 2 where it is a section of its own page. */
  level?: 2 | 3;
}

export function CrisisResources({ suggestedCountry, level = 3 }: CrisisResourcesProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const Subheading = level === 2 ? 'h3' : 'h4';
  const [country, setCountry] = useState(suggestedCountry ?? '');
  const [answer, setAnswer] = useState<CrisisResourcesAnswer | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    call(safetyOperations.listCrisisResources, { query: { country: country || undefined } })
      .then((result) => {
        setAnswer(result);
        setFailed(false);
      })
      .catch(() => setFailed(true));
  }, [country]);

  if (failed && !answer) {
    return (
      <p class="form-message" role="alert">
        The list of helplines could not be loaded. In an emergency, call your local emergency
        number.
      </p>
    );
  }
  if (!answer) return <p aria-busy="true">Loading helplines…</p>;

  const local = answer.country !== null;
  return (
    <section class="resources" aria-labelledby="resources-heading">
      <Heading id="resources-heading">Help you can reach now</Heading>
      <div class="field">
        <label for="resources-country">Country</label>
        <select
          id="resources-country"
          value={answer.country ?? ''}
          onChange={(event) => setCountry(event.currentTarget.value)}
        >
          <option value="">Anywhere (international)</option>
          {answer.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <p>
        In an emergency in {answer.name}, call <strong>{answer.emergency}</strong>.
      </p>
      <ul class="resource-list">
        {answer.resources.map((resource) => (
          <ResourceItem key={resource.name} resource={resource} />
        ))}
      </ul>
      {local && (
        <>
          <Subheading>Anywhere in the world</Subheading>
          <ul class="resource-list">
            {answer.international.resources.map((resource) => (
              <ResourceItem key={resource.name} resource={resource} />
            ))}
          </ul>
        </>
      )}
      <p class="field__hint">This list was last checked in {answer.reviewed}.</p>
    </section>
  );
}
