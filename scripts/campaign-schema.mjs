// Writes packages/campaign/campaign.schema.json from the schema in code (run by `npm run build`,
// after rollup), so the published JSON Schema and the validator never disagree.
import { writeFileSync } from 'node:fs';
import { campaignJsonSchema } from '../packages/campaign/dist/json-schema.js';

const file = 'packages/campaign/campaign.schema.json';
writeFileSync(file, `${JSON.stringify(campaignJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
