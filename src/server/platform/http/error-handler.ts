/**
 * The single place where errors become HTTP answers. Known errors keep their
 * code; Fastify's own 4xx (bad JSON, wrong media type, too large) get stable
 * codes of ours; everything else is a 500 that says nothing about internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ProblemCode } from '../../../contract/problems.js';
import { AppError, problemBody } from './problem.js';

const fastifyCodes: Record<string, [ProblemCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['malformed-json', 'The request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['malformed-json', 'The request body is empty'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    'unsupported-media-type',
    'Send JSON with Content-Type: application/json',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad-request', 'The Content-Length is wrong'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload-too-large', 'The request body is too large'],
  FST_ERR_CTP_INVALID_TYPE: ['bad-request', 'The Content-Type header is not valid'],
};

function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  const code = (error as FastifyError).code;
  const known = code ? fastifyCodes[code] : undefined;
  if (known) return new AppError({ code: known[0], title: known[1] });
  const status = (error as FastifyError).statusCode;
  // JSON.parse's SyntaxError from the body parser, and prototype poisoning.
  if (error instanceof SyntaxError || (status === 400 && !code)) {
    return new AppError({ code: 'malformed-json', title: 'The request body is not valid JSON' });
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError({ code: 'bad-request', title: 'The request could not be understood' });
  }
  return new AppError({
    code: 'internal',
    title: 'Something went wrong on our side. Nothing you wrote was lost.',
  });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const problem = toAppError(error);
    if (problem.status >= 500) {
      // Log the error kind and stack, never the request body.
      request.log.error(
        { err: { type: error.name, message: error.message, stack: error.stack } },
        'request failed',
      );
    } else if (problem.status !== 404 && problem.status !== 401) {
      request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    }
    if (problem.retryAfter !== undefined)
      void reply.header('retry-after', String(problem.retryAfter));
    return reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problemBody(problem));
  });

  app.setNotFoundHandler((request, reply) => {
    const problem = new AppError({ code: 'not-found', title: 'Not found' });
    return reply
      .status(404)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problemBody(problem));
  });
}
