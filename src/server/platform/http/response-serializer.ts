/**
 * The response allow-list as a serializer (decision 054). Every answer used
 * to be parsed through its zod schema — a validation pass that rebuilt each
 * object, checked every uuid against a regular expression — and then given to
 * JSON.stringify. The serializer is made once per schema and writes the JSON
 * itself, walking the schema rather than the value: only the keys the schema
 * names are ever read, so it is the same allow-list without the copy.
 *
 * The types answers are made of (objects, arrays, strings, numbers, booleans,
 * enums, literals, null and optional) are written directly; anything else (a
 * union, a record, a transform) is handed to zod for that part of the answer.
 * Outside production every answer is also parsed through its schema and the
 * two must agree (`checkedSerializer`), so the test suites hold each route's
 * serializer to the schema it stands for.
 */
import type { z } from 'zod';

export type Serialize = (value: unknown) => string;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

function scalar(type: string): Serialize | undefined {
  switch (type) {
    case 'string':
    case 'enum':
    case 'literal':
      return (value) => JSON.stringify(value) ?? 'null';
    case 'number':
      return (value) => (Number.isFinite(value) ? String(value) : 'null');
    case 'boolean':
      return (value) => (value ? 'true' : 'false');
    case 'null':
      return () => 'null';
    default:
      return undefined;
  }
}

export function serializerFor(schema: z.ZodType): Serialize {
  const def = defOf(schema);
  const direct = scalar(def.type);
  if (direct) return direct;
  switch (def.type) {
    case 'nullable': {
      const inner = serializerFor(def.innerType!);
      return (value) => (value === null ? 'null' : inner(value));
    }
    case 'optional': {
      const inner = serializerFor(def.innerType!);
      return (value) => (value === undefined ? 'null' : inner(value));
    }
    case 'array': {
      const element = serializerFor(def.element!);
      return (value) => {
        const items = value as unknown[];
        let out = '[';
        for (let i = 0; i < items.length; i += 1) out += (i > 0 ? ',' : '') + element(items[i]);
        return out + ']';
      };
    }
    case 'object': {
      const fields = Object.entries(def.shape!).map(([key, field]) => ({
        key,
        prefix: `${JSON.stringify(key)}:`,
        write: serializerFor(field),
      }));
      return (value) => {
        const record = value as Record<string, unknown>;
        let out = '{';
        let first = true;
        for (const field of fields) {
          const item = record[field.key];
          // As JSON.stringify would: a key without a value is left out.
          if (item === undefined) continue;
          out += (first ? '' : ',') + field.prefix + field.write(item);
          first = false;
        }
        return out + '}';
      };
    }
    default:
      // Unions, records, transforms and the rest: zod decides what goes out.
      return (value) => JSON.stringify(schema.parse(value)) ?? 'null';
  }
}

/**
 * The serializer, and outside production a check on every answer that it
 * writes exactly what parsing through the schema would have: a mismatch is a
 * bug in the serializer or an answer the schema refuses, and fails loudly.
 */
export function checkedSerializer(schema: z.ZodType, production: boolean): Serialize {
  const serialize = serializerFor(schema);
  if (production) return serialize;
  return (value) => {
    const expected = JSON.stringify(schema.parse(value));
    const written = serialize(value);
    if (written !== expected) {
      throw new Error(`response serializer disagrees with its schema:\n${written}\n${expected}`);
    }
    return written;
  };
}
