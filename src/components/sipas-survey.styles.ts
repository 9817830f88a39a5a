import { css } from 'lit';

/*
 * The dark palette, used twice: when the system prefers dark (unless theme="light") and when theme="dark".
 * Host-set --sipas-* colours win over both. Every pair meets WCAG 2.2 AA: text ≥ 4.5:1, controls ≥ 3:1.
 */
const darkPalette = css`
  --_text: var(--sipas-color-text, #ececec);
  --_muted: var(--sipas-color-muted, #c4c4c4);
  --_background: var(--sipas-color-background, #121212);
  --_surface: var(--sipas-color-surface, #1f1f1f);
  --_border: var(--sipas-color-border, #9a9a9a);
  --_accent: var(--sipas-color-accent, #8ab4f8);
  --_on-accent: var(--sipas-color-on-accent, #0b1a2e);
  --_error: var(--sipas-color-error, #f2b8b5);
  color-scheme: dark;
`;

export const surveyStyles = css`
  :host {
    /* A stack that renders every Vietnamese diacritic on common systems, with no web font to download. */
    --_font: var(--sipas-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--sipas-color-text, #1b1b1b);
    --_muted: var(--sipas-color-muted, #4a4a4a);
    --_background: var(--sipas-color-background, #ffffff);
    --_surface: var(--sipas-color-surface, #f6f6f4);
    --_border: var(--sipas-color-border, #6b6b6b);
    --_accent: var(--sipas-color-accent, #0b5cad);
    --_on-accent: var(--sipas-color-on-accent, #ffffff);
    --_error: var(--sipas-color-error, #b3261e);
    color-scheme: light;
    --_radius: var(--sipas-radius, 6px);
    --_space: var(--sipas-space, 0.5rem);
    --_target: var(--sipas-target-size, 44px);
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .survey,
  .configuration-error,
  .loading {
    padding: calc(var(--_space) * 2);
  }
  .heading {
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 var(--_space);
  }
  .heading.title {
    font-size: 1.375rem;
  }
  .heading.section {
    font-size: 1.125rem;
    margin-top: calc(var(--_space) * 4);
  }
  p {
    margin: 0 0 var(--_space);
  }
  .note,
  .hint,
  .count,
  .provenance,
  .section-description {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .provenance {
    margin-top: calc(var(--_space) * 2);
  }
  .question {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  .question[data-invalid],
  .question:has([aria-invalid='true']) {
    border-color: var(--_error);
    border-inline-start-width: 4px;
  }
  .legend {
    display: block;
    padding: 0;
    margin-bottom: var(--_space);
    font-weight: 600;
  }
  /* Floated, a legend is laid out inside its question's box instead of straddling the top edge. */
  fieldset > .legend {
    float: inline-start;
    inline-size: 100%;
  }
  fieldset > .legend + * {
    clear: both;
  }
  .number {
    font-variant-numeric: tabular-nums;
  }
  .required,
  .error {
    color: var(--_error);
  }
  /* The mark's leading space is inside it: no line starts with a lone "*". */
  .required {
    white-space: nowrap;
  }
  .error {
    font-weight: 600;
  }
  .options {
    display: grid;
    gap: var(--_space);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: var(--_target);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .code {
    flex: none;
    min-width: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  @container (min-width: 40rem) {
    .scale {
      grid-template-columns: repeat(auto-fit, minmax(0, 1fr));
      grid-auto-flow: column;
    }
    .scale .option {
      flex-direction: column;
      justify-content: flex-start;
      text-align: center;
      gap: calc(var(--_space) / 2);
    }
  }
  input[type='text'],
  textarea {
    width: 100%;
    min-height: var(--_target);
    padding: var(--_space);
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  textarea {
    resize: vertical;
  }
  button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: var(--_space) calc(var(--_space) * 3);
    font: inherit;
    font-weight: 600;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button.secondary {
    color: var(--_accent);
    background: var(--_background);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
    margin-top: calc(var(--_space) * 3);
  }
  .actions button:last-child {
    margin-inline-start: auto;
  }
  .progress p {
    margin: 0;
    font-weight: 600;
  }
  .progress progress {
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
  }
  :focus-visible,
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .option input:focus-visible {
    outline: none;
  }
  .error-summary {
    margin-bottom: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .error-summary li {
    margin-bottom: var(--_space);
  }
  .thanks {
    padding: calc(var(--_space) * 2);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface);
  }
  .draft-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .draft-notice span {
    flex: 1 1 16rem;
  }
  .storage-note {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_error);
    background: var(--_surface);
    color: var(--_text);
  }
  .delivery-status {
    margin-top: calc(var(--_space) * 2);
    font-weight: 600;
  }
  /* Kept in the accessibility tree while empty, so that its first message is announced. */
  .delivery-status:empty {
    margin: 0;
  }
  .delivery-status[data-status='failed'] {
    color: var(--_error);
  }
  .configuration-error {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
  }
  code {
    font-family: ui-monospace, 'Noto Sans Mono', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
    .question[data-invalid] {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }
`;
