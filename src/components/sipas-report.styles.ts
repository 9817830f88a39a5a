import { css } from 'lit';
import { themeStyles } from './theme.styles.js';

const reportRules = css`
  .report {
    padding: calc(var(--_space) * 2);
  }
  .heading {
    font-weight: 700;
    font-size: 1.375rem;
    line-height: 1.3;
    margin: 0 0 var(--_space);
  }
  p {
    margin: 0 0 var(--_space);
  }
  .meta,
  .legend,
  .rejected {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: var(--_space) 0 calc(var(--_space) * 2);
    align-items: center;
  }
  /* Empty until a PNG export fails; kept in the accessibility tree so that its message is announced. */
  .export-problem {
    flex-basis: 100%;
    margin: 0;
    color: var(--_error);
  }
  button,
  select {
    font: inherit;
    min-height: var(--_target);
    border-radius: var(--_radius);
    padding: 0 calc(var(--_space) * 2);
  }
  button {
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    cursor: pointer;
  }
  select {
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
  }
  button:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 48rem;
    height: auto;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .chart .bar {
    fill: var(--_accent);
  }
  .chart .bar.low-n {
    fill: url(#sipas-report-hatch);
    stroke: var(--_accent);
    stroke-dasharray: 4 3;
  }
  .chart .hatch {
    stroke: var(--_accent);
  }
  .chart .track {
    fill: var(--_surface);
  }
  .chart text {
    fill: var(--_text);
    font-family: var(--_font);
    font-size: 14px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 calc(var(--_space) * 3);
    font-size: 0.9375rem;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.0625rem;
    padding: var(--_space) 0;
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  th[scope='col'] {
    background: var(--_surface);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  tr.low-n .note {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .chart .bar {
      fill: CanvasText;
    }
    .chart .bar.low-n {
      fill: Canvas;
      stroke: CanvasText;
    }
    .chart text {
      fill: CanvasText;
    }
  }
  /* A4 print: black on white, no buttons, no row split across pages. The page size itself (@page) belongs to the host document. */
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_background: #fff;
      --_surface: #eee;
      --_border: #555;
      --_accent: #333;
      font-size: 10.5pt;
    }
    .actions {
      display: none;
    }
    .chart {
      max-width: 170mm;
      break-inside: avoid;
    }
    tr {
      break-inside: avoid;
    }
    caption {
      break-after: avoid;
    }
  }
`;

export const reportStyles = [themeStyles, reportRules];
