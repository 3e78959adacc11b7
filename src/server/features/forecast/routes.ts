import type { FastifyInstance } from 'fastify';
import { forecastOperations } from '../../../contract/operations/forecast.js';
import { registerOperations } from '../../platform/http/route.js';
import type { ForecastService } from './service.js';

export function registerForecastRoutes(app: FastifyInstance, forecasts: ForecastService): void {
  registerOperations(app, forecastOperations, {
    getForecast: async ({ actor }) => forecasts.get(actor),
    setForecastSharing: async ({ actor, body }) => forecasts.setSharing(actor, body.shared),
  });
}
