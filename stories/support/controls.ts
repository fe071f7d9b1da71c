import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from 'virtual:shieldkit/custom-elements.json';
import { manifestForStorybook } from '../../.storybook/custom-elements.js';
import { attributeControls, type AttributeControls } from './manifest-args.js';

// The manifest as the docs table shows it (preview.ts loads the same), so a control's description
// is the table's.
const documented = manifestForStorybook(manifest);

/**
 * The controls and initial args of `tagName`'s attributes, from custom-elements.json. A meta
 * spreads both, then adds its own choices after them:
 *
 *     const attributes = controlsFor('shield-quick-exit');
 *     args: { ...attributes.args, href: EXAMPLE_EXIT },
 *     argTypes: { ...attributes.argTypes, strings: { control: 'object' } },
 */
export function controlsFor(tagName: string): AttributeControls {
  return attributeControls(documented, tagName);
}

/** The docs table's group for controls that exist only in Storybook (no attribute or property). */
export const STORYBOOK_ONLY = 'storybook only';

/**
 * Marks controls a story adds for itself, such as answers to tick after rendering: the docs table
 * lists them apart, and the stories test accepts them although the element has no such name.
 */
export function storybookOnly(argTypes: ArgTypes): ArgTypes {
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      { ...argType, table: { ...argType?.table, category: STORYBOOK_ONLY } },
    ]),
  );
}
