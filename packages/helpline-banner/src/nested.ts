import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The helpline banner inside another widget (the checklist's and the scenario's help, the
 * carousel's call to action), as that widget's part `part`. Only the host's own `country`
 * attribute is passed on: the banner reads the campaign itself. The host's `define.js` registers
 * the banner.
 */
export function nestedBanner(country: string | undefined, part?: string): TemplateResult {
  return html`<shield-helpline-banner
    part=${ifDefined(part)}
    country=${ifDefined(country)}
  ></shield-helpline-banner>`;
}
