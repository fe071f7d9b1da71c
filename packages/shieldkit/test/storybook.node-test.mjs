// Storybook's controls come from the custom-elements manifest, never by hand:
//   node --test packages/shieldkit/test/storybook.node-test.mjs
// The manifest is analysed in memory (scripts/analyze.mjs's `analyzeRepo()`, nothing written). Each
// stories file is bundled with esbuild and imported here as Storybook would: its own modules
// (stories/, .storybook/) are real; every other import (Lit, Storybook, the widgets, images) is an
// inert stub, since Node has no DOM and a meta needs none of them to be built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { analyzeRepo } from '../../../scripts/analyze.mjs';

const repo = resolve(new URL('../../..', import.meta.url).pathname);
const manifest = analyzeRepo();

/** Anything called, read or imported from it gives itself back. */
const INERT = `const inert = function () { return inert; };
module.exports = Object.create(new Proxy(inert, { get: () => inert }));`;

const ownModules = {
  name: 'only the stories’ own modules',
  setup(bundler) {
    bundler.onResolve({ filter: /^virtual:shieldkit\/custom-elements\.json$/ }, () => ({
      path: 'custom-elements.json',
      namespace: 'manifest',
    }));
    bundler.onLoad({ filter: /.*/, namespace: 'manifest' }, () => ({
      contents: JSON.stringify(manifest),
      loader: 'json',
    }));
    bundler.onResolve({ filter: /.*/ }, ({ path, kind }) =>
      kind === 'entry-point' || (path.startsWith('.') && /\.[jt]s$/.test(path))
        ? undefined
        : { path, namespace: 'inert' },
    );
    bundler.onLoad({ filter: /.*/, namespace: 'inert' }, () => ({ contents: INERT }));
  },
};

/** The module `source` (TypeScript, importing relative to the repo), bundled and imported. */
async function load(source) {
  const { outputFiles } = await build({
    stdin: { contents: source, resolveDir: repo, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
    plugins: [ownModules],
  });
  const code = outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const { attributeControls, controlFor, defaultArg, manifestForStorybook, STORYBOOK_ONLY } =
  await load(`export * from './stories/support/manifest-args.ts';
export { STORYBOOK_ONLY } from './stories/support/controls.ts';
export { manifestForStorybook } from './.storybook/custom-elements.ts';`);

const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration]),
);

const storiesFiles = readdirSync(join(repo, 'stories')).filter((file) =>
  file.endsWith('.stories.ts'),
);

test('there are stories files to check', () => {
  assert.ok(storiesFiles.length >= 5, `only ${storiesFiles.join(', ')}`);
});

for (const file of storiesFiles) {
  test(`${file}: every attribute's control and default come from the manifest`, async () => {
    const stories = await load(`export * from './stories/${file}';
export { default } from './stories/${file}';`);
    const meta = stories.default;
    const element = elements.get(meta.component);
    assert.ok(element, `${file}: component ${meta.component} is not an element of the manifest`);
    const expected = attributeControls(manifestForStorybook(manifest), meta.component);
    const attributes = (element.attributes ?? []).map(({ name }) => name);
    assert.ok(attributes.length > 0, `${meta.component} has no attributes in the manifest`);

    for (const name of attributes) {
      assert.deepEqual(
        meta.argTypes?.[name],
        expected.argTypes[name],
        `${file}: the control of attribute \`${name}\` is not the manifest's (written by hand?)`,
      );
    }
    for (const name of Object.keys(expected.args)) {
      assert.ok(name in (meta.args ?? {}), `${file}: no initial arg for \`${name}\``);
    }

    // Any other control is a property, a custom property of the element, or marked Storybook-only:
    // a control for an attribute the element lacks (renamed, removed, misspelt) fails here.
    const properties = new Set(
      (element.members ?? [])
        .filter(
          (member) =>
            member.kind === 'field' &&
            !member.static &&
            !member.attribute &&
            (member.privacy ?? 'public') === 'public',
        )
        .map(({ name }) => name),
    );
    const cssProperties = new Set((element.cssProperties ?? []).map(({ name }) => name));
    for (const [name, argType] of Object.entries(meta.argTypes ?? {})) {
      if (attributes.includes(name)) continue;
      assert.ok(
        properties.has(name) ||
          cssProperties.has(name) ||
          argType?.table?.category === STORYBOOK_ONLY,
        `${file}: control \`${name}\` is no attribute, property or custom property of <${meta.component}>`,
      );
    }

    // The meta's and each story's args name only controls that exist.
    const controls = new Set(Object.keys(meta.argTypes ?? {}));
    const storyArgs = Object.entries(stories)
      .filter(([name]) => name !== 'default')
      .map(([name, story]) => [name, story.args ?? {}]);
    for (const [name, args] of [['meta', meta.args ?? {}], ...storyArgs]) {
      for (const arg of Object.keys(args)) {
        assert.ok(controls.has(arg), `${file}: ${name} sets \`${arg}\`, which has no control`);
      }
    }
  });
}

/** A manifest with one element `<x-test>` that has `attributes`. */
const manifestWith = (attributes) => ({
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'x.ts',
      declarations: [
        { kind: 'class', name: 'X', customElement: true, tagName: 'x-test', attributes },
      ],
    },
  ],
});

test('a union of string literals becomes a select with exactly those options', () => {
  const { argTypes, args } = attributeControls(
    manifestWith([
      {
        name: 'position',
        description: 'Where it goes.',
        type: { text: "'inline' | 'top' | 'bottom'" },
        default: "'inline'",
      },
      { name: 'topic', type: { text: '\'a|b\' | "c d" | undefined' } },
    ]),
    'x-test',
  );
  assert.deepEqual(argTypes.position, {
    control: 'select',
    options: ['inline', 'top', 'bottom'],
    description: 'Where it goes.',
  });
  assert.deepEqual(argTypes.topic, { control: 'select', options: ['a|b', 'c d'], description: '' });
  assert.deepEqual(args, { position: 'inline' });
});

test('boolean, number and string attributes get a checkbox, a number field and a text field', () => {
  assert.deepEqual(controlFor('boolean'), { control: 'boolean' });
  assert.deepEqual(controlFor('boolean | undefined'), { control: 'boolean' });
  assert.deepEqual(controlFor('number'), { control: 'number' });
  assert.deepEqual(controlFor('number | undefined'), { control: 'number' });
  assert.deepEqual(controlFor('string'), { control: 'text' });
  assert.deepEqual(controlFor(undefined), { control: 'text' });
  assert.deepEqual(controlFor('1 | 2 | 3'), { control: 'select', options: [1, 2, 3] });
  // Not every member is a literal: any string may be written, so a text field.
  assert.deepEqual(controlFor("'auto' | string"), { control: 'text' });
  assert.deepEqual(controlFor('CampaignSettings'), { control: 'text' });
});

test('defaults become initial args; a default that is not a literal is an error', () => {
  assert.equal(defaultArg({ name: 'a', default: "'job-offer'" }), 'job-offer');
  assert.equal(defaultArg({ name: 'a', default: 'false' }), false);
  assert.equal(defaultArg({ name: 'a', default: '8000' }), 8000);
  assert.equal(defaultArg({ name: 'a' }), undefined);
  assert.throws(
    () => defaultArg({ name: 'interval', default: 'DEFAULT_STORY_INTERVAL' }),
    /`interval` is `DEFAULT_STORY_INTERVAL`, not a literal/,
  );
});

test('a deprecated attribute is listed without a control; an unknown element is an error', () => {
  const { argTypes, args } = attributeControls(
    manifestWith([
      {
        name: 'variant',
        description: 'Old name.',
        deprecated: 'Use `position`.',
        type: { text: "'inline' | 'top'" },
      },
    ]),
    'x-test',
  );
  assert.deepEqual(argTypes.variant, {
    control: false,
    description: 'Deprecated: Use `position`. Old name.',
  });
  assert.deepEqual(args, {});
  assert.throws(() => attributeControls(manifestWith([]), 'x-other'), /<x-other> is not in/);
});

test('the analysed manifest resolves alias types and constant defaults of attributes', () => {
  const attribute = (tag, name) => elements.get(tag)?.attributes?.find((a) => a.name === name);
  // `position: QuickExitPosition`, an alias of core's BarPosition.
  assert.deepEqual(controlFor(attribute('shield-quick-exit', 'position')?.type?.text), {
    control: 'select',
    options: ['inline', 'top', 'bottom'],
  });
  // `interval = DEFAULT_STORY_INTERVAL`, a constant of another module.
  assert.match(attribute('shield-story-carousel', 'interval')?.default ?? '', /^\d+$/);
  // `set: ChecklistSetName = DEFAULT_CHECKLIST_SET`, imported from another package.
  assert.equal(attribute('shield-red-flag-checklist', 'set')?.default, "'job-offer'");
});
