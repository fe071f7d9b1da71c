import '../../core/test/support/safety-guard.js';
import { expect } from '@open-wc/testing';

const read = async (path: string) => (await fetch(path)).text();

describe('Docs built from other files', () => {
  it('the Embedding guide takes the README between its embedding markers, which are there once each', async () => {
    const [readme, guide] = await Promise.all([read('/README.md'), read('/stories/embedding.mdx')]);
    // The same expression as the guide's: a moved or removed marker fails here, not silently there.
    const pattern = /<!-- embedding:(?:start|end)[^>]*-->/;
    expect(guide).to.contain(`readme.split(${String(pattern)})[1]`);
    const parts = readme.split(pattern);
    expect(parts, 'one embedding:start and one embedding:end').to.have.length(3);
    expect(readme.indexOf('embedding:start')).to.be.lessThan(readme.indexOf('embedding:end'));
    expect(parts[1]).to.match(/^\s*## Embed it/);
    expect(parts[1]).to.contain('<script');
  });
});
