import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';
import { campaignSchema } from '@shieldkit/campaign';
import { textRows } from '../src/texts.js';

// The keys of the translation grid and its CSV, with many stories: a story's texts are keyed by its
// id when the id is its own, by its place when another story has the same id (or none).

describe('textRows', () => {
  it('keys 1,000 stories by id, and stories sharing an id (or without one) by place', () => {
    const stories: Record<string, unknown>[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `story-${i}`,
      heading: { en: `Story ${i}` },
    }));
    stories[10]!['id'] = 'twin';
    stories[990]!['id'] = 'twin';
    delete stories[500]!['id'];
    const keys = textRows({ version: 1, stories }, campaignSchema).map((row) => row.key);
    expect(keys).to.have.length(1000);
    expect(keys[0]).to.equal('stories[story-0].heading');
    expect(keys[999]).to.equal('stories[story-999].heading');
    expect([keys[10], keys[500], keys[990]]).to.deep.equal([
      'stories[10].heading',
      'stories[500].heading',
      'stories[990].heading',
    ]);
  });
});
