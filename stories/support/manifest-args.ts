/**
 * Storybook controls for an element's attributes, read from the custom-elements manifest, which
 * `npm run analyze` writes from each element's JSDoc and types. A story never describes an
 * attribute by hand, so its controls cannot drift from the code: fix the JSDoc or the type in the
 * element's source instead. `controlsFor()` in `./controls.ts` applies this to the manifest that
 * Storybook loads; this module is pure, so the Node test can feed it any manifest.
 *
 * - `boolean` → a checkbox; `number` → a number field; `string` (or anything else) → a text field;
 * - a union of literals (`'inline' | 'top' | 'bottom'`, aliases resolved by scripts/analyze-types.mjs)
 *   → a select with exactly those options;
 * - the description is the attribute's JSDoc, the initial arg its default (none when it has none);
 * - a `@deprecated` attribute is listed, with no control.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';

type InputType = NonNullable<ArgTypes[string]>;

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  deprecated?: boolean | string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** Storybook's argTypes and initial args for an element's attributes. */
export interface AttributeControls {
  argTypes: ArgTypes;
  args: Args;
}

const QUOTED = /^(["'])(.*)\1$/s;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** `'a' | "b" | 2 | undefined` → `["'a'", '"b"', '2', 'undefined']`: splits on `|` outside quotes. */
function unionMembers(text: string): string[] {
  const members: string[] = [];
  let quote = '';
  let current = '';
  for (const char of text) {
    if (quote ? char === quote : char === "'" || char === '"') quote = quote ? '' : char;
    if (char === '|' && !quote) {
      members.push(current.trim());
      current = '';
    } else current += char;
  }
  return [...members, current.trim()];
}

/** A literal's source text as its value (`'top'` → `top`, `2` → 2), else undefined. */
function literalValue(text: string): string | number | boolean | undefined {
  const quoted = QUOTED.exec(text);
  if (quoted) return quoted[2];
  if (text === 'true' || text === 'false') return text === 'true';
  return NUMBER.test(text) ? Number(text) : undefined;
}

/** The control for an attribute of type `typeText` (the text the manifest writes). */
export function controlFor(typeText = 'string'): Pick<InputType, 'control' | 'options'> {
  const members = unionMembers(typeText).filter((m) => m !== 'undefined' && m !== 'null');
  if (members.length && members.every((m) => ['boolean', 'true', 'false'].includes(m))) {
    return { control: 'boolean' };
  }
  if (members.length === 1 && members[0] === 'number') return { control: 'number' };
  const literals = members.map(literalValue);
  if (members.length && literals.every((value) => value !== undefined)) {
    return { control: 'select', options: literals };
  }
  return { control: 'text' };
}

/** The manifest's default (source text) as the initial arg; throws on what is not a literal. */
export function defaultArg(
  attribute: Pick<ManifestAttribute, 'name' | 'default'>,
): string | number | boolean | undefined {
  if (attribute.default === undefined) return undefined;
  const value = literalValue(attribute.default.trim());
  if (value === undefined) {
    throw new Error(
      `custom-elements.json: the default of \`${attribute.name}\` is \`${attribute.default}\`, not a ` +
        'literal. Write it as one, or as a `const` scripts/analyze-types.mjs can follow.',
    );
  }
  return value;
}

function elementOf(manifest: Manifest, tagName: string): ManifestDeclaration {
  for (const module of manifest.modules) {
    const found = module.declarations?.find(
      (declaration) => declaration.customElement && declaration.tagName === tagName,
    );
    if (found) return found;
  }
  throw new Error(`<${tagName}> is not in custom-elements.json: run \`npm run analyze\`.`);
}

const deprecation = (deprecated: ManifestAttribute['deprecated']) =>
  typeof deprecated === 'string' ? `Deprecated: ${deprecated}` : 'Deprecated.';

/** The argTypes and initial args of `tagName`'s attributes, from `manifest`. */
export function attributeControls(manifest: unknown, tagName: string): AttributeControls {
  const argTypes: ArgTypes = {};
  const args: Args = {};
  for (const attribute of elementOf(manifest as Manifest, tagName).attributes ?? []) {
    const { name, description = '', deprecated } = attribute;
    if (deprecated !== undefined && deprecated !== false) {
      argTypes[name] = {
        control: false,
        description: `${deprecation(deprecated)} ${description}`.trim(),
      };
      continue;
    }
    argTypes[name] = { ...controlFor(attribute.type?.text), description };
    const value = defaultArg(attribute);
    if (value !== undefined) args[name] = value;
  }
  return { argTypes, args };
}
