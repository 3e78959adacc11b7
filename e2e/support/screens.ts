/**
 * Steps a person takes in Mend, written once so the walk reads like a story.
 * Locators go by what people see: labels, headings, button names.
 */
import type { Page } from 'playwright-core';

export interface Person {
  name: string;
  email: string;
  password: string;
}

export interface CheckInAnswers {
  trust?: number;
  honesty?: number;
  reliability?: number;
  openness?: number;
  safety?: number;
  effort?: number;
  talkedOpenly?: 'Yes' | 'No' | 'Skip';
  note?: string;
  noteVisibility?: 'Only me' | 'Me and my partner';
}

const QUESTIONS = {
  trust: 'How much did you trust your partner today?',
  honesty: 'How honest did things feel between you?',
  reliability: 'How well were promises kept today?',
  openness: 'How open could you be about how you feel?',
  safety: 'How safe did you feel with your partner?',
  effort: 'How much effort did you put in today?',
} as const;

export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Waits until the live region says something containing `text`. */
export async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.getByRole('status').getByText(text, { exact: false }).waitFor();
}

export async function fillSignUp(page: Page, person: Person): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(person.name);
  await page.getByLabel('E-mail', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create my account' }).click();
}

/**
 * A link of the main navigation, opening the menu first where it is folded
 * behind "Menu" (on a phone) — as a person would.
 */
export async function mainNavLink(page: Page, linkName: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') {
    await menu.click();
  }
  return nav.getByRole('link', { name: linkName });
}

export async function goTo(page: Page, linkName: string, heading: string | RegExp) {
  await (await mainNavLink(page, linkName)).click();
  await waitForHeading(page, heading);
}

export async function fillCheckIn(page: Page, answers: CheckInAnswers): Promise<void> {
  for (const [field, question] of Object.entries(QUESTIONS)) {
    const value = answers[field as keyof typeof QUESTIONS];
    if (value === undefined) continue;
    await page
      .getByRole('group', { name: question })
      .getByLabel(String(value), { exact: true })
      .check();
  }
  if (answers.talkedOpenly) {
    await page
      .getByRole('group', { name: 'We talked openly today' })
      .getByLabel(answers.talkedOpenly, { exact: true })
      .check();
  }
  if (answers.note !== undefined) await page.getByLabel('A note, if you like').fill(answers.note);
  if (answers.noteVisibility) {
    await page
      .getByRole('group', { name: 'Who can read this note?' })
      .getByLabel(answers.noteVisibility, { exact: true })
      .check();
  }
}

/** Opens History and waits until it has finished loading. */
export async function openHistory(page: Page): Promise<void> {
  await goTo(page, 'History', 'History');
  await page.getByText('Opening your history…').waitFor({ state: 'detached' });
}

/** The check-in entries on the History screen, by the author's name. */
export function historyEntry(page: Page, author: string) {
  return page.getByRole('article', { name: `${author}’s check-in` });
}

/** The private safety check, answered in the way that raises no concern. */
export async function answerSafetyCheckCalmly(page: Page): Promise<void> {
  const answers: [string, 'Yes' | 'No'][] = [
    ['Are you ever afraid of your partner?', 'No'],
    ['Has your partner hurt you, or threatened to?', 'No'],
    ['Does your partner control your money, phone, contacts or where you go?', 'No'],
    ['Do you feel free to say no to your partner?', 'Yes'],
  ];
  for (const [question, answer] of answers) {
    await page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Save my answers' }).click();
}

/** The private safety check, answered in a way that raises concern. */
export async function answerSafetyCheckWithConcern(page: Page): Promise<void> {
  const answers: [string, 'Yes' | 'No' | 'Not sure'][] = [
    ['Are you ever afraid of your partner?', 'Yes'],
    ['Has your partner hurt you, or threatened to?', 'Not sure'],
    ['Does your partner control your money, phone, contacts or where you go?', 'No'],
    ['Do you feel free to say no to your partner?', 'No'],
  ];
  for (const [question, answer] of answers) {
    await page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Save my answers' }).click();
}

/** Signs in on the welcome screen (with no second factor asked). */
export async function signIn(page: Page, person: Person): Promise<void> {
  await page.getByLabel('E-mail', { exact: true }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Opens one of Settings' inner screens by its link. */
export async function openSettings(page: Page, linkName: string, heading: string | RegExp) {
  await goTo(page, 'Settings', 'Settings');
  await page.getByRole('link', { name: linkName, exact: true }).click();
  await waitForHeading(page, heading);
}
