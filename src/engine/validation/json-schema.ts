/**
 * A JSON Schema (draft 2020-12) of a validator schema, for editors and the rollout kit: what it
 * accepts is what the validator accepts, except what no JSON Schema can say (a refinement's own
 * check, such as "the pattern compiles"; a key given twice), which its description names instead.
 * Build-time and pane/CLI only: nothing at Send imports this.
 */
import { COMMENT_KEY } from './builders';
import type { AnySchema, Def } from './schema';

export type JsonSchema = { [keyword: string]: unknown };

export function toJsonSchema(schema: AnySchema): JsonSchema {
  const json = fromDef(schema.def);
  return schema.description ? { ...json, description: schema.description } : json;
}

function fromDef(def: Def): JsonSchema {
  switch (def.kind) {
    case 'string':
      return stringSchema(def);
    case 'number':
      return def.integer
        ? { type: 'integer', minimum: Math.max(def.minimum ?? Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER), maximum: Number.MAX_SAFE_INTEGER }
        : { type: 'number', ...(def.minimum === undefined ? {} : { minimum: def.minimum }) };
    case 'boolean':
      return { type: 'boolean' };
    case 'values':
      return def.values.length === 1 ? { const: def.values[0] } : { enum: [...def.values] };
    case 'array':
      return { type: 'array', items: toJsonSchema(def.items) };
    case 'object':
      return objectSchema(def);
    case 'union':
    case 'tagged':
      return { anyOf: def.options.map(toJsonSchema) };
    case 'nullable':
      return { anyOf: [toJsonSchema(def.inner), { type: 'null' }] };
    case 'optional':
      return toJsonSchema(def.inner);
    case 'refined':
      return { ...toJsonSchema(def.inner), ...def.json };
  }
}

function objectSchema(def: Extract<Def, { kind: 'object' }>): JsonSchema {
  const properties: JsonSchema = {};
  const required: string[] = [];
  for (const [key, child] of Object.entries(def.shape)) {
    properties[key] = toJsonSchema(child);
    if (child.def.kind !== 'optional') required.push(key);
  }
  if (def.strict) properties[COMMENT_KEY] = { type: 'string', description: 'An explanation for people; ignored.' };
  return {
    type: 'object',
    properties,
    ...(def.keyed ? { patternProperties: { [def.keyed.pattern.source]: toJsonSchema(def.keyed.schema) } } : {}),
    ...(required.length > 0 ? { required } : {}),
    ...(def.strict ? { additionalProperties: false } : {}),
  };
}

/**
 * The validator trims before it measures and matches; a JSON Schema sees the raw string, so a
 * trimmed string's checks allow white space around the value.
 */
function stringSchema(def: Extract<Def, { kind: 'string' }>): JsonSchema {
  const patterns: string[] = [];
  const json: JsonSchema = { type: 'string' };
  if (def.minLength !== undefined && def.minLength > 0) {
    if (!def.trim) json.minLength = def.minLength;
    else patterns.push(def.minLength === 1 ? '\\S' : `\\S[\\s\\S]{${def.minLength - 2},}\\S`);
  }
  if (def.pattern) patterns.push(patternSource(def.pattern, def.trim));
  if (patterns.length === 1) json.pattern = patterns[0];
  if (patterns.length > 1) json.allOf = patterns.map((pattern) => ({ pattern }));
  return json;
}

/** JSON Schema patterns are Unicode-mode ECMAScript ones with no flags; `^X$` tested on the trimmed value is `^\s*(?:X)\s*$` on the raw one. */
function patternSource(pattern: RegExp, trim: boolean): string {
  if (pattern.flags !== 'u') throw new Error(`a pattern for the JSON Schema takes the u flag only: ${String(pattern)}`);
  if (!trim) return pattern.source;
  const anchored = /^\^([\s\S]*)\$$/u.exec(pattern.source);
  if (!anchored) throw new Error(`a trimmed string's pattern must be anchored at both ends: /${pattern.source}/`);
  return `^\\s*(?:${anchored[1]})\\s*$`;
}
