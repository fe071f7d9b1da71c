import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ShieldCampaign as ShieldCampaignElement } from '@shieldkit/campaign';
import '@shieldkit/campaign/define.js';
import { shieldError } from './events.js';

/** What `shield-campaign-ready` carries: the campaign's id and how many problems it had. */
export interface ShieldCampaignReadyDetail {
  id: string | undefined;
  problems: number;
}

/**
 * `<shield-campaign>` as a React component: gives every Shieldkit element rendered inside it the
 * campaign's languages, country, theme, helplines, checklist, stories and wording. Using it
 * registers the element.
 *
 * Pass the campaign as the `data` prop (an object, validated on the device) or a URL as `src`.
 *
 * ```tsx
 * <ShieldCampaign data={campaign} onShieldCampaignReady={(e) => e.detail.problems}>
 *   <ShieldHelplineBanner />
 * </ShieldCampaign>
 * ```
 *
 * - `onShieldCampaignReady(event)`: the campaign was read and validated; `event.detail` is
 *   `{ id, problems }`.
 * - `onShieldError(event)`: the campaign could not be loaded or has problems (the widgets then use
 *   its valid parts and their defaults); `event.detail` is `{ code, message }`.
 */
export const ShieldCampaign = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shield-campaign',
  elementClass: ShieldCampaignElement,
  displayName: 'ShieldCampaign',
  events: {
    onShieldCampaignReady: 'shield-campaign-ready' as EventName<
      CustomEvent<ShieldCampaignReadyDetail>
    >,
    onShieldError: shieldError,
  },
});
