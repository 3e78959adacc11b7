/**
 * A set of radio buttons inside a fieldset: the legend names the question,
 * arrow keys move between choices, and every choice has a visible label.
 */
import type { ComponentChildren } from 'preact';

export interface Choice<V> {
  value: V;
  label: string;
}

interface ChoiceGroupProps<V> {
  name: string;
  legend: ComponentChildren;
  hint?: string;
  choices: readonly Choice<V>[];
  value: V;
  onValue: (value: V) => void;
  error?: string | undefined;
  /** `scale` lays the choices out as one row of equal buttons. */
  layout?: 'scale' | 'list';
}

export function ChoiceGroup<V extends string | number | boolean | null>(
  props: ChoiceGroupProps<V>,
) {
  const { name, legend, hint, choices, value, onValue, error } = props;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      class={`choices choices--${props.layout ?? 'list'}${error ? ' field--invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <div class="choices__options">
        {choices.map((choice, index) => {
          const id = `${name}-${index}`;
          return (
            <span class="choices__option" key={id}>
              <input
                type="radio"
                id={id}
                name={name}
                checked={choice.value === value}
                onChange={() => onValue(choice.value)}
              />
              <label for={id}>{choice.label}</label>
            </span>
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
