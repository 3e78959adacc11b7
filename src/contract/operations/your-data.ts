/** The your data operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const yourDataOperations = defineOperations('your data', {
  exportMyData: {
    method: 'POST',
    path: '/api/v1/me/export',
    summary: 'Download everything that is yours as JSON (needs a recent sign-in or password)',
    auth: 'member',
    response: 'ExportDocument',
  },
  viewMySummary: {
    method: 'GET',
    path: '/api/v1/me/summary',
    summary:
      'Everything that is yours, for the printable summary: read on screen, not a download, with its own limit (needs a recent sign-in or password)',
    auth: 'member',
    response: 'ExportDocument',
  },
  deleteAccount: {
    method: 'DELETE',
    path: '/api/v1/me',
    summary: 'Delete your account and everything that is yours, at once',
    auth: 'member',
    status: 204,
  },
});
