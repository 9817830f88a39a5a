import { css } from 'lit';
import { themeStyles } from './theme.styles.js';

const reportRules = css`
  .report {
    padding: calc(var(--_space) * 2);
    container: sipas-report / inline-size;
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
  .subheading {
    font-weight: 700;
    font-size: 1.125rem;
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    margin: 0 0 var(--_space);
  }
  .facts .wide {
    grid-column: 1 / -1;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .method {
    font-size: 0.9375rem;
  }
  .selectors {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .selectors p {
    min-width: 0;
    max-width: 100%;
  }
  .selectors label {
    display: block;
  }
  .figure {
    margin: 0 0 calc(var(--_space) * 2);
    max-width: 45rem;
  }
  .figure-title {
    font-weight: 700;
    margin: 0 0 var(--_space);
  }
  th[scope='row'] {
    min-width: 12em;
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
    max-width: 100%;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
  }
  button:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Drawn to the container's width in CSS px (see report-charts.ts): never scaled down on screen. */
  .chart {
    display: block;
    max-width: 100%;
    height: auto;
    overflow: visible;
  }
  .chart .bar:not(.low-n) {
    fill: var(--_accent);
  }
  /* Low-n bars: hatched by their fill attribute (the chart's pattern), outlined dashed. */
  .chart .bar.low-n {
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
    font-size: 1em;
  }
  .change.unreliable {
    font-style: italic;
  }
  .comment {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .date {
    white-space: nowrap;
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
  /* Column names may wrap (the figures under them never do), leaving the note room for its words. */
  th[scope='col'].number {
    white-space: normal;
  }
  td.note {
    min-width: 9em;
  }
  tr.low-n .note {
    font-style: italic;
  }
  /*
   * A phone: each row becomes a card, its label on top and each figure on its own line after its column's name,
   * so no cell is squeezed into a tall, narrow column beside an empty one.
   */
  @container sipas-report (max-width: 36rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      display: block;
      border-bottom: 1px solid var(--_border);
      padding: calc(var(--_space) * 0.5) 0;
    }
    th[scope='row'],
    td {
      display: block;
      border: 0;
      padding: calc(var(--_space) * 0.25) var(--_space);
    }
    td {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      text-align: end;
    }
    td::before {
      content: attr(data-label);
      color: var(--_muted);
      text-align: start;
    }
    td:empty {
      display: none;
    }
    th[scope='row'],
    td.note {
      min-width: 0;
    }
    td.comment,
    td.comment::before,
    td.note,
    td.note::before {
      display: block;
      text-align: start;
    }
  }
  @media (forced-colors: active) {
    .chart .bar:not(.low-n) {
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
    .actions,
    .selectors {
      display: none;
    }
    .figure,
    .chart {
      max-width: 100%;
      break-inside: avoid;
    }
    .subheading {
      break-after: avoid;
    }
    tr {
      break-inside: avoid;
    }
    caption {
      break-after: avoid;
    }
    /* The short tables stay whole on one page; a long one breaks between rows, its header repeated. */
    table.summary,
    table.elements,
    table.trend-table {
      break-inside: avoid;
    }
  }
`;

export const reportStyles = [themeStyles, reportRules];
