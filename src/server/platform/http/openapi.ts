/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes
 * validate with, so documentation and behaviour cannot drift apart.
 */
import { z } from 'zod';
import { Problem } from '../../../contract/common.js';
import type { RegisteredRoute } from './route.js';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete json.$schema;
  return json;
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export function buildOpenApi(routes: RegisteredRoute[], info: { version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, unknown> = {
      [String(route.status)]: route.stream
        ? {
            description:
              'A stream that stays open; each message’s `data` is JSON of this schema, with an `id:` to resume from',
            content: {
              [route.stream]: { schema: toSchema(route.response ?? z.unknown(), 'output') },
            },
          }
        : route.response
          ? {
              description: 'Success',
              content: { 'application/json': { schema: toSchema(route.response, 'output') } },
            }
          : { description: 'Success, no content' },
      '400': problemResponse('Malformed request'),
      '422': problemResponse('Input that does not fit the schema; `errors` names each field'),
      '429': problemResponse('Too many requests; see Retry-After'),
    };
    if (route.auth === 'member') {
      responses['401'] = problemResponse('No valid session');
      responses['404'] = problemResponse('Not found, or not yours');
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      ...(route.auth === 'member' ? { security: [{ session: [] }] } : { security: [] }),
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Mend API',
      version: info.version,
      description:
        'The API behind the Mend app. The session travels in a cookie; every state-changing request must carry a same-origin Origin header. Errors are application/problem+json with a stable `code`.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: toSchema(Problem, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'mend_session' },
      },
    },
  };
}
