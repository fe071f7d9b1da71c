import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ShieldElement } from '../../src/shield-element.js';

/** A minimal widget for core's tests: it shows one string and has one attribute override. */
export class ShieldTestElement extends ShieldElement {
  @property() label?: string;

  renders = 0;

  override attributeStrings(): Record<string, string | undefined> {
    return { 'quickExit.label': this.label };
  }

  protected override renderContent(): TemplateResult {
    this.renders += 1;
    return html`<p lang=${this.localize.language} dir=${this.localize.dir}>
      ${this.localize.t('quickExit.label')}
    </p>`;
  }

  /** What the reader sees. */
  get text(): string | undefined {
    return this.shadowRoot?.querySelector('p')?.textContent?.trim();
  }

  get shownDir(): string | undefined {
    return this.shadowRoot?.querySelector('p')?.dir;
  }

  pressMore(count: number): string {
    return this.localize.t('quickExit.pressMore', { count, key: 'Shift' });
  }
}

ShieldTestElement.define('shield-test-element');

declare global {
  interface HTMLElementTagNameMap {
    'shield-test-element': ShieldTestElement;
  }
}
