import { css } from 'lit';

/**
 * The paper form: black on white whatever the page's theme, sized in print units so that the screen preview and
 * the A4 sheet match; no item is split between two sheets.
 */
export const printStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .paper {
    color: #000;
    background: #fff;
    font-family: 'Times New Roman', 'Noto Serif', 'Liberation Serif', serif;
    font-size: 11pt;
    line-height: 1.35;
    max-width: 180mm;
    margin: 0 auto;
    print-color-adjust: exact;
  }
  .paper p {
    margin: 0;
  }
  .paper-header {
    border-bottom: 1.5pt solid #000;
    padding-bottom: 3mm;
    margin-bottom: 4mm;
  }
  .agency {
    font-weight: bold;
    text-transform: uppercase;
    text-align: center;
  }
  .paper-title {
    font-size: 14pt;
    font-weight: bold;
    text-align: center;
    margin: 2mm 0 1mm;
  }
  .version {
    text-align: center;
    font-size: 9pt;
  }
  .fill-in {
    display: flex;
    flex-wrap: wrap;
    gap: 2mm 8mm;
    margin: 3mm 0;
  }
  .fill-in p {
    border: 1pt solid #000;
    padding: 1.5mm 2mm;
    display: flex;
    align-items: baseline;
    gap: 1mm;
  }
  .blank {
    display: inline-block;
    width: 38mm;
    border-bottom: 0.75pt dotted #000;
  }
  .blank.short {
    width: 25mm;
  }
  .description,
  .instruction {
    margin-top: 1.5mm;
  }
  .instruction {
    font-style: italic;
  }
  .paper-section {
    margin-top: 4mm;
  }
  .section-title {
    font-weight: bold;
    font-size: 12pt;
    break-after: avoid;
    margin-bottom: 1.5mm;
  }
  .section-description {
    font-style: italic;
    break-after: avoid;
    margin-bottom: 1.5mm;
  }
  .paper-section.respondent {
    border: 1pt solid #000;
    padding: 2mm 3mm;
  }
  .item,
  .grid-block > .rule,
  tr {
    break-inside: avoid;
  }
  div.item {
    margin: 0 0 3mm;
  }
  .label {
    font-weight: bold;
  }
  .hint,
  .limit {
    font-size: 9.5pt;
  }
  .rule {
    font-size: 9.5pt;
    font-style: italic;
  }
  .rule::before {
    content: '→ ';
    font-style: normal;
  }
  .options {
    list-style: none;
    margin: 1mm 0 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(55mm, 1fr));
    gap: 0.5mm 4mm;
  }
  .options.rating {
    grid-template-columns: repeat(auto-fill, minmax(31mm, 1fr));
  }
  .option {
    display: flex;
    align-items: baseline;
    gap: 1.2mm;
  }
  .box {
    display: inline-block;
    flex: none;
    width: 3.4mm;
    height: 3.4mm;
    border: 0.9pt solid #000;
    vertical-align: -0.5mm;
  }
  .code {
    font-size: 8.5pt;
    min-width: 2.2mm;
  }
  .lines {
    margin-top: 1mm;
  }
  .line {
    display: block;
    height: 7.5mm;
    border-bottom: 0.75pt solid #000;
  }
  .grid {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: 3mm;
  }
  .grid th,
  .grid td {
    border: 0.75pt solid #000;
    padding: 1mm 1.2mm;
  }
  .grid thead th {
    font-size: 8.5pt;
    font-weight: normal;
    width: 15mm;
    text-align: center;
    vertical-align: bottom;
  }
  .grid thead th .code {
    display: block;
    font-weight: bold;
  }
  .grid tbody th {
    text-align: left;
    font-weight: normal;
  }
  .grid tbody th .label {
    font-weight: normal;
  }
  .grid td {
    text-align: center;
    white-space: nowrap;
  }
  .grid td .code {
    margin-left: 0.8mm;
  }
  .paper-footer {
    margin-top: 5mm;
    border-top: 0.75pt solid #000;
    padding-top: 1mm;
    font-size: 8pt;
  }
`;
