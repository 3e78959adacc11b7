/** The forecast operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const forecastOperations = defineOperations('forecast', {
  getForecast: {
    method: 'GET',
    path: '/api/v1/forecast',
    summary:
      'The recovery forecast: the reader’s own (as a hurt partner) and their partner’s if shared',
    auth: 'member',
    response: 'ForecastAnswer',
  },
  setForecastSharing: {
    method: 'PUT',
    path: '/api/v1/forecast/sharing',
    summary: 'Let your partner see your forecast, or stop',
    auth: 'member',
    body: 'ForecastSharingBody',
    response: 'ForecastSharingAnswer',
  },
});
