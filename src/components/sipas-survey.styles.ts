import { css } from 'lit';
import { themeStyles } from './theme.styles.js';

/** The survey's own rules, on top of the shared theme. */
const surveyRules = css`
  :host {
    font-size: 1rem;
    /* Any text (a title, a label, an option, a message) breaks inside a word too long for its line, so a long
       compound or a pasted value never widens the survey past a phone's screen. */
    overflow-wrap: anywhere;
  }
  * {
    box-sizing: border-box;
  }
  /* Only there to disable every control at once (a disabled fieldset around the element): no box of its own. */
  .controls {
    display: contents;
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
  .heading.short-title {
    font-size: 1.125rem;
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
  .question[data-invalid] {
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
  .error {
    color: var(--_error);
  }
  /* Shown, not spoken (the visually hidden "(required)" is); a no-break space keeps the star on its word's line.
     Browsers without alternative text for content fall back to the first declaration. */
  .required::after {
    content: '\u00a0*';
    content: '\u00a0*' / '';
    color: var(--_error);
  }
  .error {
    font-weight: 600;
  }
  /* Options are blocks, not flex or grid boxes: with many surveys on a page, flex options, grid lists and a
     container query cost a third of the layout time (measured by the bench). The control hangs in the start
     padding (a float whose margin box is zero wide), so a wrapped text lines up with its first line, right of it. */
  .option {
    --_control: 1.25rem;
    display: block;
    min-height: var(--_target);
    /* One line of text sits in the middle of the target: (target − line − borders) / 2 above and below. */
    padding: max(calc(var(--_space) / 2), calc((var(--_target) - 1.5em - 2px) / 2)) var(--_space);
    padding-inline-start: calc(var(--_space) * 2 + var(--_control));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .option + .option {
    margin-top: var(--_space);
  }
  .option.checked {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    float: inline-start;
    /* The option's font size, so that em below is the text's. */
    font-size: inherit;
    width: var(--_control);
    height: var(--_control);
    /* Centred on the first line of the text (the option's line height is 1.5em). */
    margin-block: calc((1.5em - var(--_control)) / 2) 0;
    margin-inline: calc(-1 * (var(--_space) + var(--_control))) var(--_space);
    accent-color: var(--_accent);
  }
  /* A wide survey (its own box, measured by the element) shows a rating scale as one row, like the paper form. */
  .wide .scale {
    display: flex;
    gap: var(--_space);
  }
  .wide .scale .option {
    flex: 1 1 0;
    min-width: 0;
    margin: 0;
    padding-inline: var(--_space);
    text-align: center;
  }
  .wide .scale .option input {
    float: none;
    display: block;
    margin: 0 auto calc(var(--_space) / 2);
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
  /* The ring goes round the whole option, not the small native control. :focus-within, not :has(): :has() over
     every option costs a third of the style work when many surveys render (measured by the bench). */
  :focus-visible,
  .option:focus-within {
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
  .error-summary .heading {
    font-size: 1.125rem;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .error-summary li + li {
    margin-top: var(--_space);
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
    .option.checked {
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

export const surveyStyles = [themeStyles, surveyRules];
