/**
 * The single place where errors become HTTP answers. Known errors keep their
 * code; Fastify's own 4xx (bad JSON, wrong media type, too large) get stable
 * codes of ours; everything else is a 500 that says nothing about internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, problemBody } from './problem.js';

const fastifyCodes: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed-json', 'The request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed-json', 'The request body is empty'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported-media-type',
    'Send JSON with Content-Type: application/json',
  ],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad-request', 'The Content-Length is wrong'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload-too-large', 'The request body is too large'],
  FST_ERR_CTP_INVALID_TYPE: [400, 'bad-request', 'The Content-Type header is not valid'],
};

function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  const code = (error as FastifyError).code;
  const known = code ? fastifyCodes[code] : undefined;
  if (known) return new AppError(known[0], known[1], known[2]);
  const status = (error as FastifyError).statusCode;
  // JSON.parse's SyntaxError from the body parser, and prototype poisoning.
  if (error instanceof SyntaxError || (status === 400 && !code)) {
    return new AppError(400, 'malformed-json', 'The request body is not valid JSON');
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError(status, 'bad-request', 'The request could not be understood');
  }
  return new AppError(
    500,
    'internal',
    'Something went wrong on our side. Nothing you wrote was lost.',
  );
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
    const problem = new AppError(404, 'not-found', 'Not found');
    return reply
      .status(404)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problemBody(problem));
  });
}
