/**
 * The scenario's templates: the start, a step with its choices or the feedback of one, an ending
 * with what to remember and where to get help, the sources, Back and Start again. Plain functions
 * of what the element passes in (`ScenarioView`); the element keeps the path and the behaviour
 * (scenario.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatText, safeUrl, type Localized } from '@shieldkit/core';
import { nestedBanner } from '@shieldkit/helpline-banner';
import type { CampaignScenario, ScenarioNode } from './campaign.js';

/** What the templates read from the scenario element, and what they call back. */
export interface ScenarioView {
  t(key: string, options?: Record<string, unknown>): string;
  /** A scenario text in the reader's language ('' when it has none). */
  word(value: Localized | undefined): string;
  scenario: CampaignScenario;
  /** The step on screen (`undefined`: the start). */
  node: ScenarioNode | undefined;
  /** How many steps were taken (the step number on screen). */
  steps: number;
  /** The choice whose feedback is shown, on the step on screen. */
  chosen: number | undefined;
  headingLevel: number;
  country: string | undefined;
  noHelpline: boolean;
  /** "Start": to the scenario's first step. */
  start(): void;
  choose(index: number): void;
  continueOn(): void;
  back(): void;
  restart(): void;
}

function heading(level: number, part: string, text: string, focus = true): TemplateResult {
  return html`<div
    part=${part}
    class=${part}
    role="heading"
    aria-level=${Math.min(level, 6)}
    tabindex="-1"
    ?data-focus=${focus}
  >
    ${text}
  </div>`;
}

function button(part: string, label: string, onClick: () => void): TemplateResult {
  return html`<button part=${part} class="button ${part}" type="button" @click=${onClick}>
    ${label}
  </button>`;
}

function renderIntro(view: ScenarioView): TemplateResult {
  const { t, scenario } = view;
  return html`
    <p part="practice" class="practice">${t('scenario.practice')}</p>
    ${scenario.intro ? html`<div part="intro" class="intro">${formatText(view.word(scenario.intro))}</div>` : nothing}
    ${button('start-button', t('scenario.start'), view.start)}
  `;
}

function renderStep(view: ScenarioView, node: ScenarioNode): TemplateResult {
  const t = view.t;
  const level = view.headingLevel + 1;
  const choice = view.chosen === undefined ? undefined : node.choices?.[view.chosen];
  const tone = choice?.tone ?? 'neutral';
  return html`<section part="step" class="step" aria-labelledby="step-heading">
    <div id="step-heading">
      ${heading(level, 'step-heading', t('scenario.step', { step: view.steps }), !choice)}
    </div>
    <div part="text" class="text">${formatText(view.word(node.text))}</div>
    ${
      choice
        ? html`<div class="feedback-box" data-tone=${tone}>
            ${heading(level + 1, 'feedback-heading', t(`scenario.tone.${tone}`))}
            <p part="your-choice" class="your-choice">
              <span class="label">${t('scenario.yourChoice')}</span> ${view.word(choice.text)}
            </p>
            ${
              choice.feedback
                ? html`<div part="feedback" class="feedback">
                    ${formatText(view.word(choice.feedback))}
                  </div>`
                : nothing
            }
            ${button('continue-button', t('scenario.continue'), view.continueOn)}
          </div>`
        : html`<p id="question" class="question">${t('scenario.question')}</p>
            <ul part="choices" class="choices" aria-labelledby="question">
              ${(node.choices ?? []).map(
                (option, index) =>
                  html`<li>
                    ${button('choice', view.word(option.text), () => view.choose(index))}
                  </li>`,
              )}
            </ul>`
    }
  </section>`;
}

function renderEnding(view: ScenarioView, node: ScenarioNode): TemplateResult {
  const t = view.t;
  const level = view.headingLevel + 1;
  const kind = node.end!;
  const remember = node.remember ?? [];
  const withBanner = !view.noHelpline;
  return html`<section
    part="step"
    class="step ending"
    data-tone=${kind}
    aria-labelledby="step-heading"
  >
    <div id="step-heading">${heading(level, 'step-heading', t(`scenario.ending.${kind}`))}</div>
    <div part="text" class="text">${formatText(view.word(node.text))}</div>
    ${
      remember.length
        ? html`<div part="remember" class="remember">
            ${heading(level + 1, 'remember-heading', t('scenario.remember'), false)}
            <ul>
              ${remember.map((point) => html`<li>${formatText(view.word(point))}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    <div part="help" class="help">
      ${heading(level + 1, 'help-heading', t('scenario.help'), false)}
      <slot name="help"></slot>
      ${withBanner ? nestedBanner(view.country, 'helpline') : nothing}
    </div>
    ${renderSources(view)}
  </section>`;
}

function renderSources(view: ScenarioView): TemplateResult | typeof nothing {
  const sources = view.scenario.sources ?? [];
  if (!sources.length) return nothing;
  const t = view.t;
  return html`<details part="sources" class="sources">
    <summary>${t('scenario.sources')}</summary>
    <p>${t('scenario.sourcesIntro')}</p>
    <ul>
      ${sources.map(({ title, url }) => {
        const href = url ? safeUrl(url) : undefined;
        return html`<li lang="en" dir="ltr">
          ${href ? html`<a href=${href} rel="noopener noreferrer">${title}</a>` : title}
        </li>`;
      })}
    </ul>
  </details>`;
}

/** The title, then the start, a step or an ending, Back and Start again, and the privacy note. */
export function renderScenario(view: ScenarioView): TemplateResult {
  const { t, node } = view;
  return html`
    ${heading(view.headingLevel, 'title', view.word(view.scenario.title), !node)}
    ${node ? (node.end ? renderEnding(view, node) : renderStep(view, node)) : renderIntro(view)}
    ${
      node
        ? html`<div part="nav" class="nav">
            ${button('back-button', t('scenario.back'), view.back)}
            ${button('restart-button', t('scenario.startAgain'), view.restart)}
          </div>`
        : nothing
    }
    <p part="note" class="note">${t('scenario.privacy')}</p>
  `;
}
