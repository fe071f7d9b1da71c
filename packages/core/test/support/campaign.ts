import { ContextProvider } from '@lit/context';
import { campaignContext, type CampaignSettings } from '@shieldkit/core';

/**
 * Gives `campaign` to every Shieldkit element inside `host`, as `<shield-campaign>` does (without
 * its validation), also to widgets nested in other widgets' shadow roots. `setValue()` changes it.
 */
export function provideCampaign(
  host: HTMLElement,
  campaign?: CampaignSettings,
): ContextProvider<typeof campaignContext> {
  return new ContextProvider(host, { context: campaignContext, initialValue: campaign });
}

/** The helpline names a banner shows, in order. */
export const helplineNames = (banner: Element) =>
  [...(banner.shadowRoot?.querySelectorAll('[part=name]') ?? [])].map((n) => n.textContent!.trim());
