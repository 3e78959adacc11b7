/**
 * Address patterns such as `/breaches/:breachId/apology`: fixed segments, and
 * `:name` segments that each stand for one entry's id. An address names at
 * most ids (everything else is asked of the server), so a parameter matches an
 * id's shape only: `/breaches/new` is never taken for a breach, and a mistyped
 * id is "not found" before anything is asked.
 */

/** The names of a pattern's `:name` segments, as a union of string literals. */
export type ParamNames<Pattern extends string> = Pattern extends `${infer Head}/${infer Tail}`
  ? ParamNames<Head> | ParamNames<Tail>
  : Pattern extends `:${infer Name}`
    ? Name
    : never;

/** What a pattern's parameters hold once matched: one id per name. */
export type Params<Pattern extends string> = { [Name in ParamNames<Pattern>]: string };

/** An entry's id as the server gives it (a UUID); the same shape the old address regexes took. */
const ID = /^[0-9a-fA-F-]{36}$/;

/** The parameters `path` gives `pattern`, or null when the path is not of that pattern. */
export function matchPattern<Pattern extends string>(
  pattern: Pattern,
  path: string,
): Params<Pattern> | null {
  const wanted = pattern.split('/');
  const given = path.split('/');
  const params: Record<string, string> = {};
  const matches =
    wanted.length === given.length &&
    wanted.every((segment, index) => {
      const value = given[index]!;
      if (!segment.startsWith(':')) return segment === value;
      params[segment.slice(1)] = value;
      return ID.test(value);
    });
  return matches ? (params as Params<Pattern>) : null;
}
