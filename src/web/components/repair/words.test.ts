/**
 * The web app's copies of the repair phase's words and limits must say exactly
 * what the contract and the domain say: the screens explain what the server
 * enforces.
 */
import { describe, expect, it } from 'vitest';
import { APOLOGY_GUIDE, APOLOGY_HINT_TEXT } from '../../../contract/repair/apologies';
import { BREACH_CATEGORIES, BREACH_CATEGORY_LABELS } from '../../../contract/repair/breaches';
import { SEVERITIES, SEVERITY_EXPLANATIONS, TEXT_LIMITS } from '../../../contract/repair/common';
import { MINUTES_MAX } from '../../../contract/repair/conversations';
import { PROMPT_ELEMENTS } from '../../../contract/repair/prompts';
import { SETBACK_KINDS, SETBACK_KIND_LABELS } from '../../../contract/repair/setbacks';
import * as web from './words';

describe('the repair screens’ words', () => {
  it('match the contract’s categories, severities and setback kinds', () => {
    expect(web.BREACH_CATEGORIES).toEqual(BREACH_CATEGORIES);
    expect(web.BREACH_CATEGORY_LABELS).toEqual(BREACH_CATEGORY_LABELS);
    expect(web.SEVERITIES).toEqual(SEVERITIES);
    expect(web.SEVERITY_EXPLANATIONS).toEqual(SEVERITY_EXPLANATIONS);
    expect(web.SETBACK_KINDS).toEqual(SETBACK_KINDS);
    expect(web.SETBACK_KIND_LABELS).toEqual(SETBACK_KIND_LABELS);
    expect(Object.keys(web.PROMPT_ELEMENT_LABELS)).toEqual(PROMPT_ELEMENTS);
  });

  it('match the apology guide and its hints', () => {
    expect(web.APOLOGY_GUIDE).toEqual(APOLOGY_GUIDE);
    expect(web.APOLOGY_HINT_TEXT).toEqual(APOLOGY_HINT_TEXT);
  });

  it('match the text limits', () => {
    expect(web.TEXT_LIMITS).toEqual(TEXT_LIMITS);
    expect(web.MINUTES_MAX).toBe(MINUTES_MAX);
  });
});
