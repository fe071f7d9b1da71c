import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';

const logExit = action('shield-exit (prevented)');
const logError = action('shield-error');
const logLink = action('link click (prevented)');

/**
 * Storybook must never leave the preview: the exit is cancelled (the element honours
 * `preventDefault()` from the embedding page, exactly as an agency could), and so is any plain link,
 * such as a no-JavaScript fallback, a helpline's call link or a source link. Both are logged in the Actions panel.
 */
// The wrapper is no control: it only sees clicks bubbling from the links inside, and a link
// activated from the keyboard (Enter) fires a click too, so keyboard users are covered.
/* eslint-disable lit-a11y/click-events-have-key-events */
export const stayInStorybook: Decorator = (story) => html`
  <div
    @shield-exit=${(event: CustomEvent) => {
      event.preventDefault();
      console.info('exit prevented in Storybook', event.detail);
      logExit(event.detail);
    }}
    @shield-error=${(event: CustomEvent) => logError(event.detail)}
    @click=${(event: MouseEvent) => {
      const link = event
        .composedPath()
        .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (!link?.href || event.defaultPrevented) return;
      event.preventDefault();
      console.info('link navigation prevented in Storybook', link.href);
      logLink(link.href);
    }}
  >
    ${story()}
  </div>
`;
/* eslint-enable lit-a11y/click-events-have-key-events */
