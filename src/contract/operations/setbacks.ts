/** The setbacks operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const setbackOperations = defineOperations('setbacks', {
  logSetback: {
    method: 'POST',
    path: '/api/v1/setbacks',
    summary: 'Log a setback; it deletes and resets nothing, and shows on the timeline',
    auth: 'member',
    status: 201,
    body: 'LogSetbackBody',
    response: 'SetbackAnswer',
  },
  listSetbacks: {
    method: 'GET',
    path: '/api/v1/setbacks',
    summary: 'Setbacks, newest first',
    auth: 'member',
    response: 'SetbackList',
  },
  getSetback: {
    method: 'GET',
    path: '/api/v1/setbacks/:setbackId',
    summary: 'One setback',
    auth: 'member',
    params: 'SetbackParams',
    response: 'SetbackAnswer',
  },
});
