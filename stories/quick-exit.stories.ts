import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { QuickExitPosition, QuickExitShortcut } from '@shieldkit/quick-exit';
import '@shieldkit/quick-exit/define.js';
import { controlsFor } from './support/controls.js';
import { stayInStorybook } from './support/stay-in-storybook.js';

/** What the stories render: the element's attributes, its `strings` property and its theming hooks. */
interface QuickExitArgs {
  href?: string;
  position: QuickExitPosition;
  shortcut?: QuickExitShortcut;
  'new-tab': boolean;
  'safety-info': boolean;
  'safety-href'?: string;
  label?: string;
  strings?: Record<string, string>;
  /** Listed in the docs table only: `<shield-campaign>` provides it, never an attribute. */
  campaign?: never;
  '--shield-quick-exit-background'?: string;
  '--shield-quick-exit-color'?: string;
  '--shield-quick-exit-radius'?: string;
  '--shield-quick-exit-bar-background'?: string;
  '--shield-quick-exit-z-index'?: string;
}

/** An ordinary page to leave to. Agencies pick one that is ordinary where their readers are. */
const EXAMPLE_EXIT = 'https://www.wikipedia.org/';

const THEME_HOOKS = [
  '--shield-quick-exit-background',
  '--shield-quick-exit-color',
  '--shield-quick-exit-radius',
  '--shield-quick-exit-bar-background',
  '--shield-quick-exit-z-index',
] as const;

/** The embed an agency writes: the element with a real link inside, which works without JavaScript. */
function quickExit(
  args: QuickExitArgs,
  fallbackText = args.label || 'Exit this page',
): TemplateResult {
  const theme = Object.fromEntries(
    THEME_HOOKS.filter((hook) => args[hook]).map((hook) => [hook, args[hook]!]),
  );
  const href = args.href || undefined;
  return html`<shield-quick-exit
    href=${ifDefined(href)}
    position=${args.position}
    shortcut=${ifDefined(args.shortcut)}
    ?new-tab=${args['new-tab']}
    ?safety-info=${args['safety-info']}
    safety-href=${ifDefined(args['safety-href'] || undefined)}
    label=${ifDefined(args.label || undefined)}
    .strings=${args.strings}
    style=${Object.keys(theme).length ? styleMap(theme) : nothing}
    ><a href=${href ?? EXAMPLE_EXIT}>${fallbackText}</a></shield-quick-exit
  >`;
}

/** A few paragraphs of an agency page, so a top or bottom bar has something to stay over. */
const agencyPage = (paragraphs = 8): TemplateResult => html`
  <main class="agency-page">
    <h1>Help for people on the move</h1>
    ${Array.from(
      { length: paragraphs },
      (_, i) =>
        html`<p>
          Paragraph ${i + 1} of an agency page. Scroll: the exit bar stays in view, and it never
          covers the element that has keyboard focus. <a href="#top">A link to tab to</a>.
        </p>`,
    )}
  </main>
`;

/** Controls and defaults of every attribute, from custom-elements.json (the element's JSDoc). */
const attributes = controlsFor('shield-quick-exit');

const meta: Meta<QuickExitArgs> = {
  title: 'Widgets/Quick exit',
  component: 'shield-quick-exit',
  decorators: [stayInStorybook],
  // The stories' own choice over the element's default: an example destination.
  args: { ...attributes.args, href: EXAMPLE_EXIT },
  argTypes: {
    ...attributes.argTypes,
    // Not attributes: a property, the campaign (documented only: `<shield-campaign>` provides it)
    // and the theming hooks (custom properties, set on the element's `style`).
    strings: { control: 'object' },
    campaign: { control: false },
    '--shield-quick-exit-background': { control: 'color' },
    '--shield-quick-exit-color': { control: 'color' },
    '--shield-quick-exit-bar-background': { control: 'color' },
    '--shield-quick-exit-radius': { control: 'text' },
    '--shield-quick-exit-z-index': { control: 'text' },
  },
  // "Show code" gives the embed itself, without the Storybook-only wrapper of stayInStorybook.
  parameters: { docs: { source: { excludeDecorators: true } } },
  render: (args) => quickExit(args),
};
export default meta;

type Story = StoryObj<QuickExitArgs>;

/** Where it is written in the page. Shift pressed three times within five seconds exits. */
export const Default: Story = { name: 'Default (inline)' };

/** A bar stuck to the top of the viewport. Put it first in `<body>`. */
export const TopBar: Story = {
  args: { position: 'top' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '320px' } } },
  render: (args) => html`${quickExit(args)}${agencyPage()}`,
};

/** A bar stuck to the bottom of the viewport, where a thumb reaches on a phone. Put it last in `<body>`. */
export const BottomBar: Story = {
  args: { position: 'bottom' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '320px' } } },
  render: (args) => html`${agencyPage()}${quickExit(args)}`,
};

/** Esc pressed twice within one second exits; ignored while typing in a field or inside a dialog. */
export const EscapeShortcut: Story = { args: { shortcut: 'escape' } };

/** No keyboard shortcut: for pages where Shift or Esc are needed for something else. */
export const NoShortcut: Story = { args: { shortcut: 'none' } };

/** With the note on what an exit cannot hide, and a link to the agency's safer-browsing advice. */
export const WithSafetyInfo: Story = {
  args: { 'safety-info': true, 'safety-href': 'https://www.example.org/browse-more-safely' },
};

/** Also opens the destination in a new tab (the current page is still replaced). */
export const NewTab: Story = { args: { 'new-tab': true } };

/** The agency's own wording for this embed, in the page's language. */
export const CustomLabel: Story = { args: { label: 'Leave this site now' } };

/** Inside an Arabic page: Arabic strings, right to left. The nearest `lang` wins over the toolbar. */
export const ArabicRTL: Story = {
  name: 'Arabic (RTL)',
  args: { 'safety-info': true },
  render: (args) => html`<div lang="ar" dir="rtl">${quickExit(args, 'الخروج من هذه الصفحة')}</div>`,
};

/**
 * What a reader gets when the script never loads (blocked, slow network, old browser): the plain
 * link inside the element. Shown here under an undefined tag name, since this preview has the script.
 */
export const NoJsFallback: Story = {
  name: 'No-JavaScript fallback',
  parameters: { controls: { include: ['href', 'label'] } },
  render: ({ href = EXAMPLE_EXIT, label }) =>
    html`<shield-quick-exit-nojs href=${href}
      ><a href=${href}>${label || 'Exit this page'}</a></shield-quick-exit-nojs
    >`,
};
