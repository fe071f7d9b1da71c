/**
 * The root custom-elements.json (written by `npm run analyze`) trimmed for Storybook's docs tables
 * and controls. Storybook lists every class member as a "property", private ones included; here a
 * widget keeps only what an embedder can use: its attributes (each naming its JavaScript property),
 * the public properties that have no attribute (such as `strings`), events, parts and CSS hooks.
 */

interface Described {
  name: string;
  description?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
}
interface Attribute extends Described {
  fieldName?: string;
}
interface Declaration extends Described {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  cssParts?: Described[];
}
interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[] }[];
}

const isPublicProperty = (member: Member): boolean =>
  member.kind === 'field' &&
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !member.name.startsWith('_') &&
  member.attribute === undefined;

function forStorybook(declaration: Declaration): Declaration {
  if (!declaration.customElement || !declaration.tagName) return declaration;
  return {
    ...declaration,
    members: (declaration.members ?? []).filter(isPublicProperty),
    attributes: (declaration.attributes ?? []).map((attribute) =>
      attribute.fieldName && attribute.fieldName !== attribute.name
        ? {
            ...attribute,
            description:
              `${attribute.description ?? ''} (JavaScript property: \`${attribute.fieldName}\`.)`.trim(),
          }
        : attribute,
    ),
    // Storybook keys its table rows by name, so a part named like an attribute (`safety-info`)
    // would replace that attribute's row and control: show parts as the selector a theme writes.
    cssParts: (declaration.cssParts ?? []).map((part) => ({
      ...part,
      name: `::part(${part.name})`,
    })),
  };
}

function isManifest(value: unknown): value is Manifest {
  return typeof value === 'object' && value !== null && Array.isArray((value as Manifest).modules);
}

/** A copy of the manifest with each element's private and duplicate members removed. */
export function manifestForStorybook(manifest: unknown): Manifest {
  if (!isManifest(manifest)) {
    throw new Error(
      'custom-elements.json is not a Custom Elements Manifest: run `npm run analyze`.',
    );
  }
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map(forStorybook),
    })),
  };
}
