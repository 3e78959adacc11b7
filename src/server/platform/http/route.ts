/**
 * `defineRoute`: the one way an API route is declared. It takes zod schemas for
 * params, query, body and the answer; validates input at the edge (unknown fields
 * refused), runs the handler, then parses the answer through its schema so only
 * listed fields ever leave (an allow-list). The same declarations feed OpenAPI.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, notFound, unauthenticated, type FieldError } from './problem.js';
import type { Actor } from '../auth/actor.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<P, Q, B, A> {
  params: P;
  query: Q;
  body: B;
  actor: A;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Schema | undefined,
  Auth extends 'public' | 'member',
> {
  method: Method;
  url: string;
  operationId: string;
  summary: string;
  tag: string;
  /** `member` routes answer 401 without a live session. */
  auth: Auth;
  params?: P;
  query?: Q;
  body?: B;
  /** 200 unless given; 204 routes have no `response`. */
  status?: 200 | 201 | 202 | 204;
  response?: R;
  handler: (
    context: RouteContext<Out<P>, Out<Q>, Out<B>, Auth extends 'member' ? Actor : Actor | null>,
  ) => Promise<R extends z.ZodType ? z.input<R> : void>;
}

export interface RegisteredRoute {
  method: Method;
  url: string;
  operationId: string;
  summary: string;
  tag: string;
  auth: 'public' | 'member';
  status: number;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  response?: Schema;
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: RegisteredRoute[];
  }
  interface FastifyContextConfig {
    operationId?: string;
    auth?: 'public' | 'member';
  }
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: base ? `${base}.${key}` : key,
        message: 'is not a field this request takes',
      }));
    }
    return [{ field: base || '(body)', message: issue.message }];
  });
}

function parseInput<S extends Schema>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError(
    422,
    'validation-failed',
    'Some fields need another look',
    `The ${where} was not accepted.`,
    fieldErrors(result.error),
  );
}

const isEmptyBody = (body: unknown) =>
  body === undefined ||
  body === null ||
  (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);

export function defineRoute<
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Schema | undefined,
  Auth extends 'public' | 'member',
>(app: FastifyInstance, spec: RouteSpec<P, Q, B, R, Auth>): void {
  const status = spec.status ?? 200;
  app.apiRoutes.push({
    method: spec.method,
    url: spec.url,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: spec.tag,
    auth: spec.auth,
    status,
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { query: spec.query } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.response ? { response: spec.response } : {}),
  });

  app.route({
    method: spec.method,
    url: spec.url,
    config: { operationId: spec.operationId, auth: spec.auth },
    handler: async (request, reply) => {
      const actor = request.actor;
      if (spec.auth === 'member' && !actor) throw unauthenticated();

      // A malformed id in the path is simply something that does not exist.
      let params: unknown = undefined;
      if (spec.params) {
        const result = spec.params.safeParse(request.params);
        if (!result.success) throw notFound();
        params = result.data;
      }
      const query = spec.query ? parseInput(spec.query, request.query ?? {}, 'query') : undefined;
      let body: unknown = undefined;
      if (spec.body) body = parseInput(spec.body, request.body, 'request body');
      else if (!isEmptyBody(request.body)) {
        throw new AppError(422, 'validation-failed', 'This request takes no body');
      }

      const answer = await spec.handler({
        params,
        query,
        body,
        actor,
        request,
        reply,
      } as RouteContext<Out<P>, Out<Q>, Out<B>, Auth extends 'member' ? Actor : Actor | null>);

      if (status === 204 || !spec.response) return reply.status(204).send();
      // The allow-list: zod objects drop every key the schema does not name.
      return reply.status(status).send(spec.response.parse(answer));
    },
  });
}
