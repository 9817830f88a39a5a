import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LanguageController } from '../controllers/language-controller.js';
import { ReportController } from '../controllers/report-controller.js';
import { reportStringsFor, type ReportStrings } from '../i18n/report.js';
import type { Definition } from '../schema/definition.js';
import { definitionFor, groupRows, groupTitle, rejectionLines, resultsToCsv, type RowSection, type ScoreRow } from '../scoring/format.js';
import { DEFAULT_MIN_N, type GroupResult, type ScoreResults } from '../scoring/results.js';
import { headingLevel } from './heading-level.js';
import { reportStyles } from './sipas-report.styles.js';

const SECTIONS: RowSection[] = ['summary', 'elements', 'criteria', 'expectations'];

/** Chart geometry, in SVG user units: a label line above each bar, the bar, and its value after it. */
const CHART = { width: 640, rowHeight: 56, barHeight: 20, barWidth: 470, top: 8 } as const;

/** The PNG is drawn at twice the chart's size: sharp when printed or pasted into a document. */
const PNG_SCALE = 2;

/** An exported chart's two caption lines (title, then the group shown) above the bars, in SVG user units. */
const CAPTION_HEIGHT = 52;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Starts a download of `content` as a file, without any library: a Blob and a temporary link. */
function download(content: string | Blob, type: string, filename: string): void {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The SIPAS report: indices computed from responses (or precomputed results), as a bar chart of the elements
 * and tables with the same figures, criteria from weakest to strongest and expectations ranked, n beside every
 * figure and low-n figures marked in words. Exports the table as CSV and the chart as SVG or PNG.
 *
 * @summary Satisfaction-index (SIPAS) report: chart, tables and exports.
 * @tag sipas-report
 *
 * @csspart base - The outer wrapper.
 * @csspart title - The report's title.
 * @csspart provenance - Where the questionnaire's wording comes from and how sure it is.
 * @csspart chart - The SVG bar chart of the element satisfaction indices.
 * @csspart table - Each table of figures.
 * @csspart actions - The export buttons (hidden in print).
 *
 * @cssprop --sipas-font-family - The font stack.
 * @cssprop --sipas-color-text - Text colour.
 * @cssprop --sipas-color-muted - Secondary text colour.
 * @cssprop --sipas-color-background - Background colour.
 * @cssprop --sipas-color-surface - Table headers and the chart's bar tracks.
 * @cssprop --sipas-color-border - Table rules and control borders.
 * @cssprop --sipas-color-accent - Bars and buttons.
 * @cssprop --sipas-color-on-accent - Text on buttons.
 * @cssprop --sipas-radius - Corner radius of controls.
 * @cssprop --sipas-space - The base spacing unit.
 * @cssprop --sipas-target-size - Minimum height of buttons and the group selector.
 */
export class SipasReport extends LitElement {
  static override styles = reportStyles;

  private readonly languageController = new LanguageController(this);
  private readonly reportController = new ReportController(this);

  @query('svg.chart') private readonly chart!: SVGSVGElement | null;

  @state() private selectedGroup = 0;
  /** Why the last PNG export failed, shown beside the export buttons until the next export. */
  @state() private exportProblem: string | undefined;

  /** Responses to score (the package's response shape); ignored when `results` is set. */
  @property({ attribute: false }) responses: readonly unknown[] | undefined = undefined;
  /** Precomputed results, e.g. `sipas-score --format json`; take precedence over `responses`. */
  @property({ attribute: false }) results: ScoreResults | undefined = undefined;
  /** Questionnaire definitions besides the built-in ones, for responses to custom questionnaires. */
  @property({ attribute: false }) definitions: readonly Definition[] = [];
  /** Indices over fewer valid answers than this are marked as not reliable (when computing from responses). */
  @property({ attribute: 'min-n', type: Number }) minN = DEFAULT_MIN_N;
  /** Cuts to split `responses` by, comma-separated: e.g. `desk`, `mode` or `agencyCode,desk`; each group is one choice of the group selector. */
  @property() by: string | null = null;
  /** Level of the report's title heading (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('responses') || changed.has('results') || changed.has('definitions') || changed.has('minN') || changed.has('by')) {
      void this.reportController.compute({ responses: this.responses, results: this.results, definitions: this.definitions, minN: this.minN, by: this.by });
    }
    // A group chosen before a recomputation may no longer exist.
    const groups = this.reportController.computed?.results.groups.length ?? 0;
    if (this.selectedGroup > Math.max(groups - 1, 0)) this.selectedGroup = Math.max(groups - 1, 0);
  }

  private get computed(): ReportController['computed'] {
    return this.reportController.computed;
  }

  /** The strings for the element's language: its `lang`, the nearest ancestor's, the document's, else Vietnamese. */
  private get strings(): ReportStrings {
    return reportStringsFor(this.languageController.requested || 'vi');
  }

  private handleGroupChange(event: Event): void {
    this.selectedGroup = Number((event.target as HTMLSelectElement).value);
  }

  private handleCsvExport(): void {
    if (!this.computed) return;
    // The byte-order mark makes spreadsheet programs read the Vietnamese text as UTF-8.
    download(`\uFEFF${resultsToCsv(this.computed.results, this.computed.definitions, this.strings)}`, 'text/csv;charset=utf-8', 'sipas-report.csv');
  }

  private handleSvgExport(): void {
    const chart = this.chart;
    if (!chart) return;
    download(this.standaloneSvg(chart).markup, 'image/svg+xml;charset=utf-8', 'sipas-report-chart.svg');
  }

  /**
   * The chart as a PNG: the standalone SVG drawn on a canvas. The SVG is handed to an image as a `data:` URL, which
   * a Content-Security-Policy may refuse (`img-src` without `data:`); the citizen-facing survey never needs it.
   */
  private async handlePngExport(): Promise<void> {
    const chart = this.chart;
    if (!chart) return;
    this.exportProblem = undefined;
    const { markup, width, height } = this.standaloneSvg(chart);
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
    const png = await image
      .decode()
      .then(() => {
        const canvas = Object.assign(document.createElement('canvas'), { width: width * PNG_SCALE, height: height * PNG_SCALE });
        const context = canvas.getContext('2d')!;
        // Opaque, in the report's own background: a transparent PNG turns black in some viewers.
        context.fillStyle = getComputedStyle(this).backgroundColor;
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      })
      .catch(() => null);
    if (png) download(png, 'image/png', 'sipas-report-chart.png');
    else this.exportProblem = this.strings.pngUnavailable;
  }

  /**
   * The chart as a file, with its size. The shadow root's CSS does not travel with it, so computed colours are
   * written in; nor does the page around it, so the chart's title and the group it shows become its first two lines.
   */
  private standaloneSvg(chart: SVGSVGElement): { markup: string; width: number; height: number } {
    const copy = chart.cloneNode(true) as SVGSVGElement;
    const live = chart.querySelectorAll<SVGElement>('rect, text, line');
    copy.querySelectorAll<SVGElement>('rect, text, line').forEach((element, i) => {
      const style = getComputedStyle(live[i]!);
      for (const name of ['fill', 'stroke', 'stroke-dasharray', 'font-family', 'font-size']) {
        const value = style.getPropertyValue(name);
        if (value && value !== 'none') element.setAttribute(name, value);
      }
    });
    const bars = document.createElementNS(SVG_NS, 'g');
    bars.setAttribute('transform', `translate(0 ${CAPTION_HEIGHT})`);
    bars.append(...[...copy.children].filter((child) => child.localName !== 'title' && child.localName !== 'defs'));
    const group = this.computed?.results.groups[this.selectedGroup];
    const lines = [this.strings.chartTitle, group ? groupTitle(group, this.strings) : ''];
    const text = live[0] ? getComputedStyle(live[0]) : undefined;
    const caption = lines.map((line, i) => {
      const node = document.createElementNS(SVG_NS, 'text');
      for (const [name, value] of Object.entries({ x: '0', y: String(18 + i * 22), fill: text?.fill ?? 'black', 'font-family': text?.fontFamily ?? 'sans-serif', 'font-size': '15' })) {
        node.setAttribute(name, value);
      }
      if (i === 0) node.setAttribute('font-weight', '700');
      node.textContent = line;
      return node;
    });
    copy.append(...caption, bars);
    const { width, height: chartHeight } = chart.viewBox.baseVal;
    const height = chartHeight + CAPTION_HEIGHT;
    copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
    copy.setAttribute('height', String(height));
    copy.setAttribute('xmlns', SVG_NS);
    return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`, width, height };
  }

  /** Public: the current results (what the report shows), or undefined while loading. */
  get currentResults(): ScoreResults | undefined {
    return this.computed?.results;
  }

  private renderChart(group: GroupResult, rows: ScoreRow[], strings: ReportStrings): TemplateResult {
    const bars = rows.filter((row) => row.indicator === 'element-satisfaction');
    const height = CHART.top + bars.length * CHART.rowHeight + 8;
    return html`<svg
      class="chart"
      part="chart"
      role="img"
      aria-label=${strings.chartLabel(groupTitle(group, strings))}
      viewBox="0 0 ${CHART.width} ${height}"
      width=${CHART.width}
      height=${height}
    >
      <title>${strings.chartTitle}</title>
      <defs>
        <pattern id="sipas-report-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="hatch" x1="0" y1="0" x2="0" y2="6" stroke-width="3"></line>
        </pattern>
      </defs>
      ${bars.map((row, i) => {
        const y = CHART.top + i * CHART.rowHeight;
        const width = ((row.figure.value ?? 0) / 100) * CHART.barWidth;
        const value = `${row.value}${row.figure.value === null ? '' : ' %'} · n = ${row.figure.n}${row.figure.lowN ? ' *' : ''}`;
        return svg`<text x="0" y=${y + 14}>${row.subject}</text>
          <rect class="track" x="0" y=${y + 20} width=${CHART.barWidth} height=${CHART.barHeight}></rect>
          <rect class="bar ${row.figure.lowN ? 'low-n' : ''}" x="0" y=${y + 20} width=${width} height=${CHART.barHeight}></rect>
          <text x=${CHART.barWidth + 8} y=${y + 35}>${value}</text>`;
      })}
    </svg>`;
  }

  private renderTable(section: RowSection, rows: ScoreRow[], strings: ReportStrings, minN: number): TemplateResult | typeof nothing {
    if (rows.length === 0) return nothing;
    return html`<table part="table" class=${section}>
      <caption>${strings.sections[section]}</caption>
      <thead>
        <tr>
          <th scope="col">${strings.columns.indicator}</th>
          <th scope="col" class="number">${strings.columns.value}</th>
          <th scope="col" class="number">${strings.columns.n}</th>
          <th scope="col">${strings.columns.note}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr class=${row.figure.lowN ? 'low-n' : ''} data-indicator=${row.indicator} data-key=${row.key}>
            <th scope="row">${row.label}</th>
            <td class="number value">${row.value}</td>
            <td class="number n">${row.figure.n}</td>
            <td class="note">${row.figure.lowN ? `* ${strings.lowN(minN)}` : ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const level = headingLevel(this.headingLevel);
    const heading = html`<div role="heading" aria-level=${level} class="heading" part="title">${strings.title}</div>`;
    const failure = this.reportController.failure;
    if (failure) return html`<div class="report" part="base" lang=${strings.locale}>${heading}<p role="alert">${failure}</p></div>`;
    if (!this.computed) return html`<div class="report" part="base" lang=${strings.locale} aria-busy="true">${heading}</div>`;
    const { results, definitions } = this.computed;
    const group = results.groups[this.selectedGroup];
    const rejected = rejectionLines(results, strings);
    if (!group) {
      return html`<div class="report" part="base" lang=${strings.locale}>
        ${heading}
        <p>${strings.noData}</p>
        ${rejected.map((line) => html`<p class="rejected">${line}</p>`)}
      </div>`;
    }
    const definition = definitionFor(definitions, group.questionnaire);
    const rows = groupRows(group, definition, strings);
    return html`<div class="report" part="base" lang=${strings.locale}>
      ${heading}
      ${results.groups.length > 1
        ? html`<p>
            <label for="group">${strings.group}</label>
            <select id="group" @change=${this.handleGroupChange}>
              ${results.groups.map((g, i) => html`<option value=${i} ?selected=${i === this.selectedGroup}>${groupTitle(g, strings)}</option>`)}
            </select>
          </p>`
        : html`<p class="meta">${groupTitle(group, strings)}</p>`}
      <p class="legend provenance" part="provenance">${strings.wording(definition.provenance.wording, definition.provenance.source)}</p>
      <p class="legend">${strings.lowNLegend(results.minN)}</p>
      ${rejected.map((line) => html`<p class="rejected">${line}</p>`)}
      <div class="actions" part="actions">
        <button type="button" class="export-csv" @click=${this.handleCsvExport}>${strings.exportCsv}</button>
        <button type="button" class="export-svg" @click=${this.handleSvgExport}>${strings.exportSvg}</button>
        <button type="button" class="export-png" @click=${this.handlePngExport}>${strings.exportPng}</button>
        <p class="export-problem" role="status">${this.exportProblem ?? ''}</p>
      </div>
      ${this.renderChart(group, rows, strings)}
      ${SECTIONS.map((section) => this.renderTable(section, rows.filter((row) => row.section === section), strings, results.minN))}
    </div>`;
  }
}
