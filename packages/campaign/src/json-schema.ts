import { toJsonSchema, type JsonSchema } from '@shieldkit/core/schema.js';
import { campaignSchema } from './schema.js';

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
    ...toJsonSchema(campaignSchema),
  };
}
