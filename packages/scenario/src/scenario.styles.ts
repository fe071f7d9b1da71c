import { css } from 'lit';

/** The scenario's own rules, after core's `panelStyles` (the box, buttons, note, summary). */
export const styles = css`
  :host {
    --_shield-border-color: var(
      --shield-scenario-border-color,
      var(--shield-color-border, #6b6b6b)
    );
    --_shield-radius: var(--shield-scenario-radius, var(--shield-radius, 0.375rem));
    --_shield-background: var(
      --shield-scenario-background,
      var(--shield-color-background, #ffffff)
    );
    --_shield-accent: var(--shield-scenario-accent, var(--shield-color-primary, #0b5394));
    --_shield-riskier-color: var(
      --shield-scenario-riskier-color,
      var(--shield-color-danger, #b3261e)
    );
    --_shield-surface: var(--shield-scenario-surface, var(--shield-color-surface, #f2f4f7));
    --_shield-padding: var(--shield-scenario-padding, var(--shield-space-3, 1rem));
  }
  .text p + p,
  .intro p + p,
  .feedback p + p {
    margin-block-start: var(--shield-space-2, 0.5rem);
  }
  .step-heading,
  .feedback-heading {
    font-weight: 700;
    line-height: 1.3;
  }
  .remember-heading,
  .help-heading {
    font-weight: 700;
  }
  .practice {
    color: var(--shield-color-muted, #4d4d4d);
    font-size: 0.875em;
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: var(--shield-space-3, 1rem);
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--shield-space-2, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .button {
    text-align: start;
  }
  .choice {
    inline-size: 100%;
    font-weight: 400;
  }
  .start-button,
  .continue-button {
    align-self: flex-start;
    background: var(--_shield-accent);
    color: var(--shield-color-on-primary, #ffffff);
  }
  .feedback-box,
  .ending .remember {
    display: flex;
    flex-direction: column;
    gap: var(--shield-space-2, 0.5rem);
    padding: var(--shield-space-3, 1rem);
    border-inline-start: 0.375rem solid var(--_shield-accent);
    border-radius: var(--shield-radius, 0.375rem);
    background: var(--_shield-surface);
  }
  [data-tone='riskier'].feedback-box,
  .ending[data-tone='riskier'] .remember {
    border-inline-start-color: var(--_shield-riskier-color);
  }
  [data-tone='neutral'].feedback-box,
  .ending[data-tone='neutral'] .remember {
    border-inline-start-style: dashed;
  }
  .your-choice .label {
    font-weight: 700;
  }
  ul {
    margin: 0;
    padding-inline-start: var(--shield-space-4, 1.5rem);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--shield-space-2, 0.5rem);
  }
  a {
    color: var(--shield-color-link, #0b5394);
  }
  @media (forced-colors: active) {
    .feedback-box,
    .ending .remember {
      border-color: CanvasText;
    }
    .start-button,
    .continue-button {
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
