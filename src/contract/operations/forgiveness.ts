/** The forgiveness operations of the API (step 10): one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const forgivenessOperations = defineOperations('forgiveness', {
  getReflections: {
    method: 'GET',
    path: '/api/v1/forgiveness/reflections',
    summary: 'Your reflections (your trend), whether one is due, and any your partner shared',
    auth: 'member',
    response: 'ReflectionOverview',
  },
  writeReflection: {
    method: 'POST',
    path: '/api/v1/forgiveness/reflections',
    summary: 'Write this period’s private reflection (at most one per 30 days)',
    auth: 'member',
    status: 201,
    body: 'WriteReflectionBody',
    response: 'ReflectionAnswer',
  },
  getReflection: {
    method: 'GET',
    path: '/api/v1/forgiveness/reflections/:reflectionId',
    summary: 'One reflection: yours, or one your partner shared',
    auth: 'member',
    params: 'ReflectionParams',
    response: 'ReflectionAnswer',
  },
  shareReflection: {
    method: 'PUT',
    path: '/api/v1/forgiveness/reflections/:reflectionId/sharing',
    summary: 'Share one of your reflections with your partner, or keep it to yourself again',
    auth: 'member',
    params: 'ReflectionParams',
    body: 'SharingBody',
    response: 'ReflectionAnswer',
  },
  getForgivenessStatements: {
    method: 'GET',
    path: '/api/v1/forgiveness/statements',
    summary: 'Your forgiveness statement, and your partner’s if they shared it',
    auth: 'member',
    response: 'StatementsAnswer',
  },
  putForgivenessStatement: {
    method: 'PUT',
    path: '/api/v1/forgiveness/statements/mine',
    summary: 'Write or rewrite your forgiveness statement (private unless you share it)',
    auth: 'member',
    body: 'PutStatementBody',
    response: 'StatementAnswer',
  },
  shareForgivenessStatement: {
    method: 'PUT',
    path: '/api/v1/forgiveness/statements/mine/sharing',
    summary: 'Share your forgiveness statement with your partner, or keep it to yourself again',
    auth: 'member',
    body: 'SharingBody',
    response: 'StatementAnswer',
  },
});
