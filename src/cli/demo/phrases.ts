/**
 * The words of the demo couples: short, kind, ordinary sentences, picked at
 * random from small lists. Written for a couple after an affair that was
 * found out; the hurt partner is "you" in what the other one writes.
 */

/** First names, for display names; a couple takes two different ones. */
export const NAMES = [
  'Sam',
  'Alex',
  'Robin',
  'Jordan',
  'Maya',
  'Noah',
  'Lena',
  'Tom',
  'Priya',
  'Daniel',
  'Ines',
  'Marco',
  'Hana',
  'Jonas',
  'Clara',
  'Felix',
  'Amira',
  'Leo',
  'Sofia',
  'Ben',
] as const;

export const BREACH = {
  title: 'The affair',
  description:
    'I found the messages on the laptop. You had been seeing someone from work for months, ' +
    'and you told me it was late meetings.',
};

export const ACKNOWLEDGMENTS = {
  first:
    'I had an affair with a colleague for about four months. I lied to you about where I was ' +
    'and I hid my phone. I am the one who did this.',
  missing: 'You left out that you met her on our anniversary weekend. I need all of it said.',
  second:
    'I had an affair with a colleague for about four months, including the weekend of our ' +
    'anniversary. I lied about where I was, I hid my phone, and I let you doubt yourself ' +
    'when you asked. I did this, and nobody else.',
};

export const IMPACT_STATEMENT =
  'I feel as if the last year was not real. I replay every late evening and I cannot sleep. ' +
  'I stopped trusting my own judgment, and I feel foolish for believing you.';

export const APOLOGIES = {
  first: {
    whatHappened: 'I had an affair and I lied to you about it.',
    impact: 'I know it hurt you a lot.',
    responsibility: 'It was my fault, even if things between us had been hard.',
    whatWillChange: 'It will not happen again.',
  },
  firstComment: 'It still sounds like part of it was my doing. And I need to hear what changes.',
  second: {
    whatHappened: 'I had an affair for four months and lied to you every week of it.',
    impact:
      'You feel the last year was not real, you cannot sleep, and you doubt your own judgment ' +
      'because I made you doubt it.',
    responsibility: 'It was my choice and mine alone. Nothing you did made me do it.',
    whatWillChange:
      'I ended all contact with her, I will answer any question you ask, and my phone is open ' +
      'to you. I am seeing a counsellor to understand why I did it.',
  },
};

export const AGREEMENTS = {
  noContact:
    'No contact with her at all, in any form; if she gets in touch, I tell you the same day.',
  openPhone:
    'Our phones stay open to each other: either of us may ask to look, and the other says yes.',
  lateFirst: 'We say where we are going and text when plans change or we are running late.',
  lateRevised:
    'We say where we are going and text when plans change; after ten in the evening we call instead.',
  lateDecline: 'I would like a call after ten, not just a text.',
};

export const COMMITMENTS = {
  daily: 'I will text you when I leave work, and tell you if anything changes on the way home.',
  weekly: 'Every Sunday I plan an evening for the two of us, phones in the drawer.',
};

export const CONVERSATION_TOPICS = [
  'What happened in the spring',
  'How the week went for both of us',
  'What I need when I feel anxious in the evening',
  'The questions I still have',
  'How we tell the children we are working on things',
  'What felt better this week',
  'The weekend at your parents’',
  'What trust looks like for us now',
  'Money and the hotel bills',
  'How to talk when one of us is triggered',
] as const;

export const CONVERSATION_NOTES = [
  'It was hard, but I felt you stayed with me.',
  'We stopped when it got too much, and that was fine.',
  'I said more than I expected to.',
  'Better than last time.',
] as const;

export const HURT_CHECK_IN_NOTES = {
  early: [
    'A bad night again. I keep checking the time when you are out.',
    'I could not stop thinking about it at work.',
    'Some moments felt almost normal, then it came back.',
    'I am tired of being angry.',
  ],
  middle: [
    'We laughed at dinner. I had forgotten how that feels.',
    'You texted before I had to ask. It helped.',
    'A wobbly day, but I did not spiral.',
    'Quiet evening together. Good.',
  ],
  late: [
    'I did not think about it for most of the day.',
    'I felt close to you tonight.',
    'I noticed I trusted you without deciding to.',
    'A calm, ordinary day. I am grateful for those now.',
  ],
} as const;

export const BROKE_CHECK_IN_NOTES = [
  'I want to keep showing up, even on the hard days.',
  'I answered every question today without getting defensive.',
  'Counselling tonight. It is helping me see why I hid things.',
  'I could feel how hurt you were today. I stayed.',
  'A good day between us.',
] as const;

export const KIND_NOTES = [
  'Thank you for giving me the chance to make this right.',
  'I saw how tired you were today. Dinner is on me tonight.',
  'I love the way you talk about the garden.',
  'Thinking of you this afternoon.',
  'You were brave in our talk yesterday.',
  'I am proud of how you handled the meeting.',
  'I booked the little place by the river for Saturday.',
  'Good luck today. I will be home by six.',
  'Thank you for listening last night.',
] as const;

export const GESTURE_WORDS = [
  'Made your favourite breakfast.',
  'Picked up the children so you could rest.',
  'A long walk together, just us.',
  'Fixed the bike you have been meaning to ride.',
  'Flowers, for no reason.',
] as const;

export const HURT_NOTES = [
  'Thank you for being so patient with my questions.',
  'I noticed you called before I had to ask. Thank you.',
  'Sunday evening was lovely.',
  'I see how hard you are working at this.',
] as const;

export const MARK_NOTES = {
  kept: ['Texted at 17:40.', 'Late meeting, called ahead.', 'Home at six as I said.'],
  missed: [
    'I forgot until I was home. I am sorry.',
    'My phone died and I did not find another way.',
    'The evening got away from us.',
  ],
} as const;

export const REVIEW_QUESTIONS = [
  'You said you texted, but I did not get anything until much later.',
  'I was waiting and did not hear from you.',
] as const;

export const REVIEW_ANSWERS = [
  'You are right, I sent it later than I said. I will send it before I leave next time.',
  'It did not go through on the train. I should have called when I noticed.',
] as const;

export const NEEDS = {
  hurtTransparency: 'To know where you are when plans change, without having to ask.',
  hurtReassurance: 'To hear, now and then, that you choose us, especially on bad days.',
  hurtQualityTime: 'Time with just the two of us, when you are really there and not on your phone.',
  brokeQualityTime: 'An evening a week together with our phones away.',
} as const;

export const SETBACK = {
  note: 'I found out you had answered one of her messages in March and not told me.',
  reportNote: 'A message to her in March that I only learned about now.',
  disclosure: 'I should have told you about that message when it happened. I am telling you now.',
};

export const FORGIVENESS_STATEMENT =
  'I forgive you. It does not make what happened all right, and I am not forgetting it. ' +
  'I am choosing to let go of the resentment, because I want us more than I want to stay angry.';

/** Words for the demo passwords: random, from node:crypto, never the seeded generator. */
export const PASSWORD_WORDS = [
  'amber',
  'harbour',
  'lantern',
  'meadow',
  'willow',
  'pebble',
  'copper',
  'orchard',
  'thistle',
  'river',
  'cobalt',
  'saffron',
  'juniper',
  'marble',
  'ember',
  'fern',
  'granite',
  'heron',
  'indigo',
  'kestrel',
  'linen',
  'maple',
  'nutmeg',
  'otter',
  'pepper',
  'quartz',
  'raven',
  'sorrel',
  'tulip',
  'velvet',
  'walnut',
  'yarrow',
  'zephyr',
  'bramble',
  'cedar',
  'dune',
  'falcon',
  'glacier',
] as const;
