/** The words of notes and gestures, zod-free so the web app can import them at run time. */
export const NOTE_KINDS = ['note', 'gesture', 'affirmation'] as const;
export type NoteKindWord = (typeof NOTE_KINDS)[number];

export const GESTURE_KINDS = [
  'affection',
  'quality-time',
  'help',
  'being-available',
  'other',
] as const;
export type GestureKindWord = (typeof GESTURE_KINDS)[number];

export const GESTURE_LABELS: Record<GestureKindWord, string> = {
  affection: 'Affection',
  'quality-time': 'Quality time',
  help: 'Help',
  'being-available': 'Being available',
  other: 'Something else',
};
