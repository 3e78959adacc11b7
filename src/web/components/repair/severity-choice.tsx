/**
 * Minor, moderate or severe, each with its plain-words explanation read out
 * with the choice. A native radio group: arrow keys move between the three.
 */
import { SEVERITIES, SEVERITY_EXPLANATIONS, type SeverityName } from './words';

interface SeverityChoiceProps {
  name: string;
  legend: string;
  hint?: string;
  value: SeverityName | null;
  onValue: (value: SeverityName) => void;
  error?: string | undefined;
  /** Breaches are explained in full; a setback's severity needs only its name. */
  explained?: boolean;
}

export function SeverityChoice(props: SeverityChoiceProps) {
  const { name, legend, hint, value, onValue, error } = props;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const explained = props.explained ?? true;
  return (
    <fieldset
      class={`choices severity${error ? ' field--invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <div class="severity__options">
        {SEVERITIES.map((severity) => {
          const id = `${name}-${severity}`;
          const { label, explanation } = SEVERITY_EXPLANATIONS[severity];
          return (
            <div class="severity__option" key={severity}>
              <input
                type="radio"
                id={id}
                name={name}
                checked={value === severity}
                onChange={() => onValue(severity)}
                aria-describedby={explained ? `${id}-explanation` : undefined}
              />
              <label for={id}>{label}</label>
              {explained && (
                <p id={`${id}-explanation`} class="field__hint">
                  {explanation}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
