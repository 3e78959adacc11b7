/** The notes and gestures operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const kindnessOperations = defineOperations('kindness', {
  sendNote: {
    method: 'POST',
    path: '/api/v1/notes',
    summary: 'Send a note, log a gesture, or send an affirmation; shared by nature',
    auth: 'member',
    status: 201,
    body: 'SendNoteBody',
    response: 'NoteAnswer',
  },
  listNotes: {
    method: 'GET',
    path: '/api/v1/notes',
    summary: 'Notes and gestures of the space, newest first',
    auth: 'member',
    response: 'NoteList',
  },
  getNote: {
    method: 'GET',
    path: '/api/v1/notes/:noteId',
    summary: 'One note or gesture',
    auth: 'member',
    params: 'NoteParams',
    response: 'NoteAnswer',
  },
  appreciateNote: {
    method: 'PUT',
    path: '/api/v1/notes/:noteId/appreciation',
    summary: '“This meant something to me”: once per note; a retry changes nothing',
    auth: 'member',
    params: 'NoteParams',
    response: 'NoteAnswer',
  },
});
