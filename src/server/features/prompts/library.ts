/**
 * The conversation prompts library: our own words, grouped by step of the path
 * (1–4, the repair phase) and by the element of trust they work on — honesty,
 * reliability, vulnerability. Ids are stable slugs: a couple's record of which
 * prompts they used refers to them, so an id is never reused for other words.
 */
import type { PromptElement } from '../../../contract/repair/prompts.js';

export interface LibraryPrompt {
  id: string;
  step: 1 | 2 | 3 | 4;
  element: PromptElement;
  text: string;
}

type Words = Record<PromptElement, readonly string[]>;

const BY_STEP: Record<1 | 2 | 3 | 4, Words> = {
  1: {
    honesty: [
      'What is one part of what happened that you have not yet said out loud?',
      'When you describe what happened, which words do you reach for — and which do you avoid?',
      'What did you tell yourself at the time that made it seem acceptable?',
      'What question about what happened are you most afraid to be asked, and which are you most afraid to ask?',
    ],
    reliability: [
      'Before this happened, what did each of us believe the other had promised?',
      'Which promise, spoken or unspoken, does this breach break for you?',
      'What would help you trust that the story of what happened stays the same each time it is told?',
      'What would help you believe that nothing important is still being held back?',
    ],
    vulnerability: [
      'What is the hardest feeling to admit about this, for each of us?',
      'What do you fear the other will think of you once everything is said?',
      'When did you first sense that something was wrong, and what did you do with that feeling?',
      'What do you need from the other while we talk about this, so that you can stay in the room?',
    ],
  },
  2: {
    honesty: [
      'What have you held back in our check-ins lately, and why?',
      'Is there something you agreed to recently that you did not really agree with?',
      'What would you ask me if you knew I would answer calmly?',
      'Where did you soften the truth this week to keep the peace?',
    ],
    reliability: [
      'What time and place make it easiest for us to talk openly?',
      'How would you like us to pause a conversation that gets too heated, and how do we come back to it?',
      'What do you hope our check-ins give you each week?',
      'When one of us asks to talk, how soon is soon enough?',
    ],
    vulnerability: [
      'When did you last feel truly listened to by me? What did I do?',
      'What makes you go quiet in our conversations?',
      'What would you like me to ask you more often?',
      'What are you carrying this week that you have not mentioned?',
    ],
  },
  3: {
    honesty: [
      'Which part of what happened do you find yourself explaining instead of owning?',
      'Which of your reasons at the time sound like excuses to you now?',
      'What do you think I still do not understand about how this affected you?',
      'What has this cost us that neither of us has named yet?',
    ],
    reliability: [
      'What would show you, over months rather than days, that responsibility is being taken?',
      'What change have you already noticed, and what have you not seen yet?',
      'If the old pattern starts again, how would you like to be told?',
      'Which promise feels most believable to you right now, and which least?',
    ],
    vulnerability: [
      'Which moment of this comes back to you most often?',
      'Which part of the hurt feels the loneliest?',
      'What do you need to hear that has not been said?',
      'When you hear how much this hurt, can you stay with that feeling without defending yourself? What makes it hard?',
    ],
  },
  4: {
    honesty: [
      'What would you like to know about without having to ask?',
      'Which kinds of contact or secrets feel like a line to you, and which feel fine?',
      'Is there a boundary you have been afraid to ask for?',
      'What would openness look like for us, and where would it start to feel like being watched?',
    ],
    reliability: [
      'What is one small agreement we could both keep, starting this week?',
      'How will we notice when an agreement is no longer working for one of us?',
      'When should we look at our agreements again, and how?',
      'If one of us breaks an agreement, how would we like it to be told?',
    ],
    vulnerability: [
      'What boundary would help you feel safe enough to relax a little?',
      'Does any of our agreements feel like a punishment rather than a protection? Why?',
      'What do you need from me when you set a boundary I find hard?',
      'What would you like us to protect together, not just from each other?',
    ],
  },
};

export const PROMPT_LIBRARY: readonly LibraryPrompt[] = ([1, 2, 3, 4] as const).flatMap((step) =>
  (['honesty', 'reliability', 'vulnerability'] as const).flatMap((element) =>
    BY_STEP[step][element].map((text, index) => ({
      id: `s${step}-${element}-${index + 1}`,
      step,
      element,
      text,
    })),
  ),
);

const BY_ID = new Map(PROMPT_LIBRARY.map((prompt) => [prompt.id, prompt]));

export function findPrompt(id: string): LibraryPrompt | undefined {
  return BY_ID.get(id);
}
