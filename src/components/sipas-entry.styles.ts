import { css } from 'lit';
import { themeStyles } from './theme.styles.js';

/** The keying screen: dense rows (a clerk sees many at once), the code field beside each label, a clear focus. */
export const entryStyles = [
  themeStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .entry {
      display: grid;
      gap: var(--_space);
    }
    p {
      margin: 0;
    }
    .title {
      font-size: 1.25rem;
      font-weight: 700;
    }
    .facts,
    .help,
    .chosen,
    .count {
      color: var(--_muted);
    }
    .message {
      min-height: 1.5em;
      font-weight: 600;
    }
    .message.refused {
      color: var(--_error);
    }
    .header-fields {
      display: grid;
      grid-template-columns: max-content minmax(0, 14rem);
      gap: calc(var(--_space) / 2) var(--_space);
      align-items: center;
      margin-bottom: var(--_space);
    }
    .rows {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 5rem minmax(0, 14rem);
      gap: var(--_space);
      align-items: center;
      padding: 2px 4px;
      border-bottom: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    }
    .row:focus-within {
      background: var(--_surface);
    }
    .row.text {
      grid-template-columns: minmax(0, 1fr) minmax(0, 22rem) max-content;
    }
    .row.invalid label,
    .row.invalid .chosen {
      color: var(--_error);
    }
    input,
    textarea,
    button {
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 2px 6px;
      min-height: 32px;
    }
    input[aria-invalid='true'],
    textarea[aria-invalid='true'],
    .refused input {
      border-color: var(--_error);
      border-width: 2px;
    }
    input.codes {
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.1em;
    }
    button {
      background: var(--_accent);
      color: var(--_on-accent);
      border-color: var(--_accent);
      padding: 4px 12px;
      cursor: pointer;
      justify-self: start;
    }
    button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    button.link {
      background: none;
      color: var(--_accent);
      border: 0;
      text-decoration: underline;
      min-height: 24px;
      padding: 0 4px;
    }
    :focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 1px;
    }
    .differences {
      border: 2px solid var(--_error);
      border-radius: var(--_radius);
      padding: var(--_space);
      display: grid;
      gap: calc(var(--_space) / 2);
    }
    .differences fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    .decision {
      display: flex;
      gap: 4px;
      align-items: center;
      min-height: 24px;
    }
    .batch .forms {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      list-style: none;
      padding: 0;
      margin: calc(var(--_space) / 2) 0;
    }
    /* A phone or a narrow column: the label above its field, what was chosen beside the field. */
    @container (max-width: 36rem) {
      .row,
      .row.text,
      .header-fields {
        grid-template-columns: 5rem minmax(0, 1fr);
      }
      .row label {
        grid-column: 1 / -1;
      }
      .row.text :is(input, textarea) {
        grid-column: 1 / -1;
      }
      .header-fields {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .status {
      color: var(--_muted);
      margin-left: 4px;
    }
  `,
];
