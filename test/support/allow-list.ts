/**
 * Output schemas are allow-lists (SECURITY.md, requirement 8): an answer may
 * carry only the fields its route's response schema names. This walks a JSON
 * answer beside the JSON Schema zod makes of that schema and names every field
 * the schema does not list — a column leaking through a spread, say.
 */
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

export function outputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
}

/** Whether a union's branch is of the value's kind (an object never fits a `null` branch). */
function applies(schema: JsonSchema, value: unknown): boolean {
  if (schema.type === undefined) return true;
  const kind =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : typeof value === 'number'
          ? 'number'
          : typeof value;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes(kind) || (kind === 'number' && types.includes('integer'));
}

/** Paths (`items[0].email`) of fields in `value` that `schema` does not allow. */
export function fieldsOutside(
  schema: JsonSchema,
  value: unknown,
  root = schema,
  at = '',
): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = schema.$ref === '#' ? root : root.$defs?.[name];
    return target ? fieldsOutside(target, value, root, at) : [];
  }
  const branches = (schema.anyOf ?? schema.oneOf)?.filter((branch) => applies(branch, value));
  if (branches) {
    // A value fits a union when one branch of its kind takes all its fields.
    const tries = branches.map((branch) => fieldsOutside(branch, value, root, at));
    return (
      tries.find((extra) => extra.length === 0) ??
      tries.sort((a, b) => a.length - b.length)[0] ??
      []
    );
  }
  if (schema.allOf) return schema.allOf.flatMap((part) => fieldsOutside(part, value, root, at));
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      const itemSchema = schema.prefixItems?.[i] ?? schema.items;
      return itemSchema ? fieldsOutside(itemSchema, item, root, `${at}[${i}]`) : [];
    });
  }
  if (value === null || typeof value !== 'object') return [];
  const extra: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    const path = at ? `${at}.${key}` : key;
    const known = schema.properties?.[key];
    if (known) extra.push(...fieldsOutside(known, field, root, path));
    else if (typeof schema.additionalProperties === 'object')
      extra.push(...fieldsOutside(schema.additionalProperties, field, root, path));
    else if (schema.additionalProperties !== true && schema.properties) extra.push(path);
  }
  return extra;
}
