/**
 * `registerOperations`: the one way an API route is registered. Each operation
 * comes from the contract (src/contract/operations), which names its method,
 * path and schemas; a feature gives one handler per operation of a table, and
 * the compiler checks there is exactly one for each. Input is validated at the
 * edge (unknown fields refused), the handler runs, and its answer is written
 * by a serializer made from the response schema, so only listed fields ever
 * leave (an allow-list; response-serializer.ts).
 * The same registrations feed the OpenAPI document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type {
  BodyOf,
  HandlerAnswerOf,
  Method,
  Operation,
  ParamsOf,
  QueryOf,
  SchemaName,
} from '../../../contract/operation.js';
import * as schemas from '../../../contract/schemas.js';
import { AppError, notFound, unauthenticated, type FieldError } from './problem.js';
import { checkedSerializer } from './response-serializer.js';
import type { Actor } from '../auth/actor.js';

type Schema = z.ZodType;

export interface RouteContext<Op> {
  params: ParamsOf<Op>;
  query: QueryOf<Op>;
  body: BodyOf<Op>;
  actor: Op extends { auth: 'member' } ? Actor : Actor | null;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<Op> = (context: RouteContext<Op>) => Promise<HandlerAnswerOf<Op>>;

/** One handler per operation of the table, keyed by operationId. */
export type Handlers<Table extends Record<string, Operation>> = {
  [Id in keyof Table]: Handler<Table[Id]>;
};

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
  /** A streamed answer's media type; `response` is then each message's data. */
  stream?: 'text/event-stream';
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: RegisteredRoute[];
    /** Whether each answer's serialization is checked against its schema (not in production). */
    checkResponses: boolean;
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

function parseInput(schema: Schema, value: unknown, where: string): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError({
    code: 'validation-failed',
    title: 'Some fields need another look',
    detail: `The ${where} was not accepted.`,
    errors: fieldErrors(result.error),
  });
}

const isEmptyBody = (body: unknown) =>
  body === undefined ||
  body === null ||
  (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);

/** The schema a contract name stands for (the names are checked by the compiler). */
function schemaNamed(name: SchemaName | undefined): Schema | undefined {
  return name === undefined ? undefined : schemas[name];
}

function register(app: FastifyInstance, operation: Operation, handler: Handler<Operation>): void {
  const status = operation.status ?? 200;
  const params = schemaNamed(operation.params);
  const query = schemaNamed(operation.query);
  const body = schemaNamed(operation.body);
  const response = schemaNamed(operation.response);
  const serialize = response ? checkedSerializer(response, !app.checkResponses) : undefined;

  app.apiRoutes.push({
    method: operation.method,
    url: operation.path,
    operationId: operation.operationId,
    summary: operation.summary,
    tag: operation.tag,
    auth: operation.auth,
    status,
    ...(params ? { params } : {}),
    ...(query ? { query } : {}),
    ...(body ? { body } : {}),
    ...(response ? { response } : {}),
    ...(operation.stream ? { stream: operation.stream } : {}),
  });

  app.route({
    method: operation.method,
    url: operation.path,
    config: { operationId: operation.operationId, auth: operation.auth },
    handler: async (request, reply) => {
      const actor = request.actor;
      if (operation.auth === 'member' && !actor) throw unauthenticated();

      // A malformed id in the path is simply something that does not exist.
      let parsedParams: unknown = undefined;
      if (params) {
        const result = params.safeParse(request.params);
        if (!result.success) throw notFound();
        parsedParams = result.data;
      }
      const parsedQuery = query ? parseInput(query, request.query ?? {}, 'query') : undefined;
      let parsedBody: unknown = undefined;
      if (body) parsedBody = parseInput(body, request.body, 'request body');
      else if (!isEmptyBody(request.body)) {
        throw new AppError({ code: 'validation-failed', title: 'This request takes no body' });
      }

      const answer = await handler({
        params: parsedParams,
        query: parsedQuery,
        body: parsedBody,
        actor,
        request,
        reply,
      } as RouteContext<Operation>);

      // A stream's handler has sent its answer (and parses each message itself).
      if (operation.stream) return reply;
      if (status === 204 || !serialize) return reply.status(204).send();
      // A handler may choose 202 over the operation's status, for an answer
      // that depends on configuration (sign-up with verification on).
      const chosen = reply.statusCode === 202 ? 202 : status;
      // The allow-list: only the keys the schema names are written.
      return reply.status(chosen).type('application/json; charset=utf-8').send(serialize(answer));
    },
  });
}

/**
 * Registers every operation of a contract table with its handler. A table
 * given here must be served whole: a missing or extra handler does not compile.
 */
export function registerOperations<Table extends Record<string, Operation>>(
  app: FastifyInstance,
  table: Table,
  handlers: Handlers<Table>,
): void {
  for (const [operationId, operation] of Object.entries(table)) {
    register(app, operation, handlers[operationId] as Handler<Operation>);
  }
}
