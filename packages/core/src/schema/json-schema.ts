import { FORMATS, type Schema } from './language.js';
import { LIMITS } from './limits.js';

const maxLength = LIMITS.textLength;

export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a definition, for editors. Rules across fields are the
 * validator's alone; a `record` is described by the schema its own validator publishes, if any.
 */
export function toJsonSchema(schema: Schema): JsonSchema {
  const { description } = schema;
  switch (schema.type) {
    case 'string': {
      const out: JsonSchema = { type: 'string', description, maxLength };
      if (schema.enum) out['enum'] = [...schema.enum];
      else if (schema.format) out['pattern'] = FORMATS[schema.format].pattern;
      if (schema.format === 'date') out['format'] = 'date';
      return out;
    }
    case 'integer': {
      const out: JsonSchema = { type: 'integer', description };
      if (schema.const !== undefined) out['const'] = schema.const;
      if (schema.minimum !== undefined) out['minimum'] = schema.minimum;
      if (schema.maximum !== undefined) out['maximum'] = schema.maximum;
      return out;
    }
    case 'boolean':
      return { type: 'boolean', description };
    case 'record':
      return schema.shape
        ? { ...toJsonSchema(schema.shape), description }
        : { type: 'object', description };
    case 'either':
      return { description, anyOf: schema.of.map((shape) => toJsonSchema(shape)) };
    case 'localized':
      return {
        description,
        anyOf: [
          { type: 'string', pattern: '\\S', maxLength },
          {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: FORMATS.language.pattern },
            additionalProperties: { type: 'string', pattern: '\\S', maxLength },
          },
        ],
      };
    case 'array':
      return {
        type: 'array',
        description,
        items: toJsonSchema(schema.items),
        ...(schema.unique ? { uniqueItems: true } : {}),
        ...(schema.max !== undefined ? { maxItems: schema.max } : {}),
      };
    case 'map':
      return {
        type: 'object',
        description,
        propertyNames: { pattern: FORMATS[schema.keys].pattern },
        additionalProperties: toJsonSchema(schema.values),
      };
    case 'object': {
      const required = Object.keys(schema.why);
      return {
        type: 'object',
        description,
        properties: Object.fromEntries(
          Object.entries(schema.properties).map(([k, v]) => [k, toJsonSchema(v)]),
        ),
        ...(required.length ? { required } : {}),
        additionalProperties: false,
      };
    }
  }
}
