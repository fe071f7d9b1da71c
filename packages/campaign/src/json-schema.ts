import { COUNTRY_CODES } from '@shieldkit/helplines';
import { FORMATS, campaignSchema, type Schema } from './schema.js';

type JsonSchema = Record<string, unknown>;

function convert(schema: Schema): JsonSchema {
  const { description } = schema;
  switch (schema.type) {
    case 'string': {
      const out: JsonSchema = { type: 'string', description };
      if (schema.enum) out['enum'] = [...schema.enum];
      if (schema.format === 'country') out['enum'] = [...COUNTRY_CODES];
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
      return { type: 'object', description };
    case 'localized':
      return {
        description,
        anyOf: [
          { type: 'string', pattern: '\\S' },
          {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: FORMATS.language.pattern },
            additionalProperties: { type: 'string', pattern: '\\S' },
          },
        ],
      };
    case 'array':
      return {
        type: 'array',
        description,
        items: convert(schema.items),
        ...(schema.unique ? { uniqueItems: true } : {}),
      };
    case 'map':
      return {
        type: 'object',
        description,
        propertyNames: { pattern: FORMATS[schema.keys].pattern },
        additionalProperties: convert(schema.values),
      };
    case 'object':
      return {
        type: 'object',
        description,
        properties: Object.fromEntries(
          Object.entries(schema.properties).map(([k, v]) => [k, convert(v)]),
        ),
        ...(schema.required?.length ? { required: [...schema.required] } : {}),
        additionalProperties: false,
      };
  }
}

/**
 * The published JSON Schema of the campaign file (`@shieldkit/campaign/campaign.schema.json`),
 * generated from the same definition the validator uses. Rules across fields (a default language
 * that is offered, consent dates in order, helpline ids that exist) are the validator's alone.
 */
export function campaignJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/@shieldkit/campaign/campaign.schema.json',
    title: 'Shieldkit campaign',
    ...convert(campaignSchema),
  };
}
