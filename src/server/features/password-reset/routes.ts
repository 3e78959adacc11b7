import type { FastifyInstance } from 'fastify';
import { passwordResetOperations } from '../../../contract/operations/mail.js';
import { registerOperations } from '../../platform/http/route.js';
import type { PasswordResetService } from './service.js';

export function registerPasswordResetRoutes(
  app: FastifyInstance,
  resets: PasswordResetService,
): void {
  registerOperations(app, passwordResetOperations, {
    requestPasswordReset: async ({ body, request }) => {
      await resets.request(body.email, request.ip);
      return { status: 'check-your-email' as const };
    },
    completePasswordReset: async ({ body, request }) => {
      await resets.complete(body, {
        address: request.ip,
        userAgent: request.headers['user-agent'],
      });
      return { status: 'sign-in' as const };
    },
  });
}
