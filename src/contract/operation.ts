/**
 * One declaration per API operation, shared by the server and the web app.
 *
 * An operation names its method, path, summary and who may call it, and names
 * its schemas by their export name in `schemas.ts` ('ProposeAgreementBody').
 * Names, not schema objects, so that this module and every operation table
 * stay free of zod at run time: the web app imports the tables and gets a few
 * strings, while TypeScript follows each name to its schema and types both
 * sides from it. The server looks the names up in the same module (see
 * server/platform/http/route.ts), so a schema changed in the contract changes
 * what the server validates and what the web app's `call` accepts and returns.
 */
import type { z } from 'zod';
import type * as Schemas from './schemas.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type SchemaModule = typeof Schemas;

/** The export names in schemas.ts whose value is a zod schema. */
export type SchemaName = Extract<
  {
    [K in keyof SchemaModule]: SchemaModule[K] extends z.ZodType ? K : never;
  }[keyof SchemaModule],
  string
>;

export interface OperationSpec {
  method: Method;
  /** The full path, with `:name` for each path parameter. */
  path: `/api/v1/${string}`;
  summary: string;
  /** `member` operations answer 401 without a live session. */
  auth: 'public' | 'member';
  /** 200 unless given; 204 operations have no `response`. */
  status?: 200 | 201 | 202 | 204;
  params?: SchemaName;
  query?: SchemaName;
  body?: SchemaName;
  response?: SchemaName;
  /**
   * The answer is a stream of this media type instead of one JSON body; each
   * message's data is the `response` schema. The handler writes the stream
   * itself (server/platform/http/route.ts), and clients read it with their
   * own reader (EventSource), not `call`.
   */
  stream?: 'text/event-stream';
}

export type Operation<
  Id extends string = string,
  Spec extends OperationSpec = OperationSpec,
> = Spec & {
  operationId: Id;
  tag: string;
};

/**
 * A table of operations for one tag; each key is the operationId. The answer
 * is the same objects with `operationId` and `tag` filled in.
 */
export function defineOperations<const Table extends Record<string, OperationSpec>>(
  tag: string,
  table: Table,
): { [Id in keyof Table & string]: Operation<Id, Table[Id]> } {
  const operations: Record<string, Operation> = {};
  for (const [operationId, spec] of Object.entries(table)) {
    operations[operationId] = { ...spec, operationId, tag };
  }
  return operations as { [Id in keyof Table & string]: Operation<Id, Table[Id]> };
}

// What each part of an operation is, as types, for the server and the client.

type Named<Name> = Name extends keyof SchemaModule
  ? SchemaModule[Name] extends z.ZodType
    ? SchemaModule[Name]
    : never
  : never;

/** The schema an operation names for one part, or `undefined` when it names none. */
export type SchemaOf<Op, Part extends 'params' | 'query' | 'body' | 'response'> = Op extends {
  [P in Part]: infer Name;
}
  ? Named<Name>
  : undefined;

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What the server hands a handler, after validation. */
export type ParamsOf<Op> = Output<SchemaOf<Op, 'params'>>;
export type QueryOf<Op> = Output<SchemaOf<Op, 'query'>>;
export type BodyOf<Op> = Output<SchemaOf<Op, 'body'>>;
/**
 * What a handler returns: the response schema's input, before the allow-list
 * parse; nothing for a stream, whose handler has answered by itself.
 */
export type HandlerAnswerOf<Op> = Op extends { stream: string }
  ? void
  : SchemaOf<Op, 'response'> extends z.ZodType
    ? z.input<SchemaOf<Op, 'response'>>
    : void;

/** A part whose fields are all optional may be left out. */
type Part<Key extends string, S> = S extends z.ZodType
  ? object extends z.input<S>
    ? { [K in Key]?: z.input<S> }
    : { [K in Key]: z.input<S> }
  : unknown;

/** What a client sends: each part the operation takes, as its schema's input. */
export type RequestOf<Op> = Part<'params', SchemaOf<Op, 'params'>> &
  Part<'query', SchemaOf<Op, 'query'>> &
  Part<'body', SchemaOf<Op, 'body'>>;

/** A call's arguments after the operation: none, optional, or required. */
export type CallArguments<Op> =
  TakesNothing<Op> extends true
    ? []
    : object extends RequestOf<Op>
      ? [request?: RequestOf<Op>]
      : [request: RequestOf<Op>];

/** What a client receives: the response schema's output as JSON, or nothing for 204. */
export type AnswerOf<Op> =
  SchemaOf<Op, 'response'> extends z.ZodType ? z.output<SchemaOf<Op, 'response'>> : void;

/** True when the operation takes no params, query or body. */
export type TakesNothing<Op> =
  SchemaOf<Op, 'params'> extends undefined
    ? SchemaOf<Op, 'query'> extends undefined
      ? SchemaOf<Op, 'body'> extends undefined
        ? true
        : false
      : false
    : false;
