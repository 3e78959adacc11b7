/** The check ins operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const checkInOperations = defineOperations('check-ins', {
  putCheckIn: {
    method: 'PUT',
    path: '/api/v1/check-ins',
    summary: 'Write or update your check-in for a day (today unless `day` is given)',
    auth: 'member',
    body: 'PutCheckInBody',
    response: 'CheckInAnswer',
  },
  listCheckIns: {
    method: 'GET',
    path: '/api/v1/check-ins',
    summary: 'Your check-ins and your partner’s revealed ones, newest first',
    auth: 'member',
    query: 'ListCheckInsQuery',
    response: 'CheckInList',
  },
  getCheckIn: {
    method: 'GET',
    path: '/api/v1/check-ins/:checkInId',
    summary: 'One check-in, if you may see it',
    auth: 'member',
    params: 'CheckInParams',
    response: 'CheckInAnswer',
  },
});
