import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContainerWidthController } from '../controllers/container-width-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { PageFooterController } from '../controllers/page-footer-controller.js';
import { ReportController } from '../controllers/report-controller.js';
import { reportStringsFor, type ReportStrings } from '../i18n/report.js';
import { localize } from '../model/text.js';
import type { Definition } from '../schema/definition.js';
import { commentInGroup } from '../scoring/comments.js';
import { compareRows, groupInPeriod, periodSeries, type ComparedRow } from '../scoring/compare.js';
import type { Period } from '../scoring/counts.js';
import { csvCell, definitionFor, formatIndex, groupRows, groupTables, headerFacts, resultsToCsv, SECTIONS, sectionSheets, type RowSection } from '../scoring/format.js';
import type { Crosswalk } from '../scoring/recode.js';
import { DEFAULT_MIN_N, type GroupResult, type ScoreResults } from '../scoring/results.js';
import { cutWords, formatCount, periodWords, previousPeriod } from '../scoring/words.js';
import { barChart, CHART_MAX_WIDTH, hatchId, trendChart, type DrawnChart } from './report-charts.js';
import { headingLevel } from './heading-level.js';
import { reportStyles } from './sipas-report.styles.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The comparison chosen by default: the period just before the one shown. */
const PREVIOUS = 'previous';
/** The comparison choice that shows no comparison. */
const NO_COMPARISON = 'none';

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
  private readonly widthController = new ContainerWidthController(this, true);
  private readonly pageFooter = new PageFooterController(this);

  /** Which series of groups is shown (its index among the groups' cuts other than the period). */
  @state() private selectedSeries = 0;
  /** The period shown; the series' latest when undefined or not in the series. */
  @state() private selectedPeriod: string | undefined;
  /** "previous", "none" or a period to compare with. */
  @state() private comparison = PREVIOUS;
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
  /** Cuts to split `responses` by, comma-separated: e.g. `agencyCode`, `desk`, `mode` or `agencyCode,desk`; each group is one choice of the group selector. */
  @property() by: string | null = null;
  /** Also cut `responses` by the `year`, `quarter` or `month` they were submitted in: the report then shows one period, compares it with another and draws the trend. */
  @property() period: Period | null = null;
  /**
   * Merged units: old agency codes and the codes that replaced them (`{ from, to, name }`, as `sipas-score --recode`
   * reads from CSV). The old units' counts are added to the new unit's before the indices are computed.
   */
  @property({ attribute: false }) crosswalk: Crosswalk = [];
  /** Level of the report's title heading (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  protected override willUpdate(changed: PropertyValues): void {
    if (['responses', 'results', 'definitions', 'minN', 'by', 'period', 'crosswalk'].some((name) => changed.has(name))) {
      const { responses, results, definitions, minN, by, period, crosswalk } = this;
      void this.reportController.compute({ responses, results, definitions, minN, by, period, crosswalk });
    }
  }

  private get computed(): ReportController['computed'] {
    return this.reportController.computed;
  }

  /** The strings for the element's language: its `lang`, the nearest ancestor's, the document's, else Vietnamese. */
  private get strings(): ReportStrings {
    return reportStringsFor(this.languageController.requested || 'vi');
  }

  /** Public: the current results (what the report shows), or undefined while loading. */
  get currentResults(): ScoreResults | undefined {
    return this.computed?.results;
  }

  /** The series of groups (one per combination of the cuts other than the period), each oldest period first. */
  private get series(): GroupResult[][] {
    const results = this.computed?.results;
    if (!results) return [];
    if (!results.options.period) return results.groups.map((group) => [group]);
    const seen = new Set<GroupResult>();
    return results.groups.flatMap((group) => {
      if (seen.has(group)) return [];
      const series = periodSeries(results, group);
      for (const member of series) seen.add(member);
      return [series];
    });
  }

  /** What is shown: the group, the earlier group it is compared with (if any) and the earlier period's name. */
  private get shown(): { group: GroupResult; series: GroupResult[]; previous: GroupResult | undefined; previousPeriod: string | undefined } | undefined {
    const all = this.series;
    const series = all[Math.min(this.selectedSeries, all.length - 1)];
    if (!series) return undefined;
    const group = series.find((g) => g.cut.period === this.selectedPeriod) ?? series[series.length - 1]!;
    const period = group.cut.period;
    if (period == null || this.comparison === NO_COMPARISON) return { group, series, previous: undefined, previousPeriod: undefined };
    const previousPeriodShown = this.comparison === PREVIOUS ? previousPeriod(period) : this.comparison;
    return { group, series, previous: groupInPeriod(this.computed!.results, group, previousPeriodShown), previousPeriod: previousPeriodShown };
  }

  private handleSeriesChange(event: Event): void {
    this.selectedSeries = Number((event.target as HTMLSelectElement).value);
    this.selectedPeriod = undefined;
  }

  private handlePeriodChange(event: Event): void {
    this.selectedPeriod = (event.target as HTMLSelectElement).value;
  }

  private handleComparisonChange(event: Event): void {
    this.comparison = (event.target as HTMLSelectElement).value;
  }

  private handlePrint(): void {
    window.print();
  }

  private handleCsvExport(): void {
    if (!this.computed) return;
    // The byte-order mark makes spreadsheet programs read the Vietnamese text as UTF-8.
    download(`\uFEFF${resultsToCsv(this.computed.results, this.computed.definitions, this.strings)}`, 'text/csv;charset=utf-8', 'sipas-report.csv');
  }

  /**
   * The report shown as an Excel workbook: a sheet of facts, one per table (with the facts on top), the trend and the
   * comments. ExcelJS comes in a chunk of its own, loaded at the first click.
   */
  private async handleXlsxExport(): Promise<void> {
    const shown = this.shown;
    const computed = this.computed;
    if (!shown || !computed) return;
    const strings = this.strings;
    const { group, series, previous, previousPeriod: earlier } = shown;
    const { results, definitions, names } = computed;
    const definition = definitionFor(definitions, group.questionnaire);
    const title = [this.groupCaption(group, strings), ...(previous ? [strings.comparison.title(periodWords(group.cut.period!, strings), periodWords(earlier!, strings))] : [])].join(' — ');
    const sheets = sectionSheets([{ title, notes: [], tables: groupTables(group, previous, definitions, strings, results.minN) }], strings);
    if (series.length > 1) {
      const rows = series.map((g) => [{ text: periodWords(g.cut.period!, strings) }, { text: formatIndex(g.sipas.value, strings.decimalSeparator, strings.missingValue), value: g.sipas.value === null ? null : Number(formatIndex(g.sipas.value)), digits: 2 }, { text: formatCount(g.sipas.n, strings), value: g.sipas.n, digits: 0 }]);
      sheets.push({ name: strings.trend.points, tables: [{ title: strings.trend.title, columns: [strings.cutNames.period, strings.columns.value, strings.columns.n], rows }] });
    }
    const comments = this.commentRows(group);
    if (comments.length > 0) {
      const { comments: words } = strings;
      sheets.push({ name: words.title, tables: [{ title: words.anonymous, columns: [words.date, words.item, words.text], rows: comments.map((cells) => cells.map((text) => ({ text }))) }] });
    }
    const { writeWorkbook } = await import('../export/workbook.js');
    const bytes = await writeWorkbook({
      title: strings.title,
      facts: headerFacts(results, group, definitions, strings, { names }),
      notes: [strings.header.method, strings.wording(definition.provenance.wording, definition.provenance.source), strings.lowNLegend(results.minN)],
      factsSheet: strings.header.about,
      sheets,
    });
    download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), XLSX_TYPE, 'sipas-report.xlsx');
  }

  private handleCommentsExport(): void {
    const shown = this.shown;
    if (!shown) return;
    const { comments } = this.strings;
    const lines = [[comments.date, comments.item, comments.text], ...this.commentRows(shown.group)].map((cells) => cells.map(csvCell).join(','));
    download(`\uFEFF${lines.join('\r\n')}\r\n`, 'text/csv;charset=utf-8', 'sipas-comments.csv');
  }

  private handleSvgExport(event: Event): void {
    const chart = this.chartOf(event);
    if (!chart) return;
    download(this.standaloneSvg(chart).markup, 'image/svg+xml;charset=utf-8', `sipas-report-${chart.dataset.chart}.svg`);
  }

  /** The chart a download button is for (the one in the same figure). */
  private chartOf(event: Event): SVGSVGElement | null {
    return (event.currentTarget as HTMLElement).closest('figure')?.querySelector<SVGSVGElement>('svg.chart') ?? null;
  }

  /**
   * The chart as a PNG: the standalone SVG drawn on a canvas. The SVG is handed to an image as a `data:` URL, which
   * a Content-Security-Policy may refuse (`img-src` without `data:`); the citizen-facing survey never needs it.
   */
  private async handlePngExport(event: Event): Promise<void> {
    const chart = this.chartOf(event);
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
    if (png) download(png, 'image/png', `sipas-report-${chart.dataset.chart}.png`);
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
    const group = this.shown?.group;
    const lines = [chart.querySelector('title')?.textContent ?? '', group ? this.groupCaption(group, this.strings) : ''];
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

  /** A group in words: its cuts (agency with its name, channel, period…) and its number of responses. */
  private groupCaption(group: GroupResult, strings: ReportStrings): string {
    return [...cutWords(group.cut, strings, this.computed?.names), strings.responses(group.responses)].join(' · ');
  }

  /** The chart's size: the report's content width (at most the chart's maximum), text at the body's size. */
  private chartSize(): { width: number; fontPx: number } {
    const report = this.renderRoot.querySelector('.report');
    const padding = report ? parseFloat(getComputedStyle(report).paddingLeft) + parseFloat(getComputedStyle(report).paddingRight) : 0;
    const measured = this.widthController.width - padding;
    const fontPx = parseFloat(getComputedStyle(this).fontSize) || 16;
    return { width: Math.floor(Math.min(measured > 0 ? measured : CHART_MAX_WIDTH, CHART_MAX_WIDTH)), fontPx };
  }

  private renderFigure(name: string, title: string, label: string, drawn: DrawnChart, strings: ReportStrings): TemplateResult {
    return html`<figure class="figure">
      <figcaption class="figure-title">${title}</figcaption>
      <svg class="chart" part="chart" data-chart=${name} role="img" aria-label=${label} viewBox="0 0 ${drawn.width} ${drawn.height}" width=${drawn.width} height=${drawn.height}>
        <title>${title}</title>
        <defs>
          <pattern id=${hatchId(name)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line class="hatch" x1="0" y1="0" x2="0" y2="6" stroke-width="3"></line>
          </pattern>
        </defs>
        ${drawn.content}
      </svg>
      <div class="actions chart-actions" part="actions">
        <button type="button" class="export-svg" @click=${this.handleSvgExport}>${strings.exportSvg}</button>
        <button type="button" class="export-png" @click=${this.handlePngExport}>${strings.exportPng}</button>
      </div>
    </figure>`;
  }

  private renderElementChart(group: GroupResult, definition: Definition, strings: ReportStrings): TemplateResult {
    const rows = groupRows(group, definition, strings).filter((row) => row.indicator === 'element-satisfaction');
    const bars = rows.map((row) => ({
      label: row.subject,
      value: row.figure.value,
      text: `${row.value}${row.figure.value === null ? '' : ' %'} · n = ${formatCount(row.figure.n, strings)}${row.figure.lowN ? ' *' : ''}`,
      lowN: row.figure.lowN,
    }));
    const { width, fontPx } = this.chartSize();
    return this.renderFigure('elements', strings.chartTitle, strings.chartLabel(this.groupCaption(group, strings)), barChart(bars, width, fontPx, hatchId('elements')), strings);
  }

  private renderTrend(series: GroupResult[], group: GroupResult, strings: ReportStrings): TemplateResult | typeof nothing {
    if (series.length < 2) return nothing;
    const points = series.map((g) => ({
      period: periodWords(g.cut.period!, strings),
      value: g.sipas.value,
      valueText: formatIndex(g.sipas.value, strings.decimalSeparator, strings.missingValue),
      nText: formatCount(g.sipas.n, strings),
      lowN: g.sipas.lowN,
    }));
    const { width, fontPx } = this.chartSize();
    const caption = cutWords(group.cut, strings, this.computed?.names, { period: false }).join(' · ');
    return html`<section class="trend" aria-labelledby="trend-title">
      <h3 id="trend-title" class="subheading">${strings.trend.title}</h3>
      ${this.renderFigure('trend', strings.trend.title, strings.trend.label(caption), trendChart(points, width, fontPx, strings.columns.n, hatchId('trend')), strings)}
      <table part="table" class="trend-table">
        <caption>${strings.trend.points}</caption>
        <thead>
          <tr>
            <th scope="col">${strings.cutNames.period}</th>
            <th scope="col" class="number">${strings.columns.value}</th>
            <th scope="col" class="number">${strings.columns.n}</th>
          </tr>
        </thead>
        <tbody>
          ${points.map(
            (p, i) => html`<tr class=${series[i]!.sipas.lowN ? 'low-n' : ''}>
              <th scope="row">${p.period}</th>
              <td class="number value" data-label=${strings.columns.value}>${p.valueText}${series[i]!.sipas.lowN ? ' *' : ''}</td>
              <td class="number n" data-label=${strings.columns.n}>${p.nText}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderTable(section: RowSection, rows: ComparedRow[], strings: ReportStrings, minN: number, comparing: { current: string; previous: string } | undefined): TemplateResult | typeof nothing {
    if (rows.length === 0) return nothing;
    const { columns, comparison } = strings;
    const value = comparing ? `${comparing.current} (%)` : columns.value;
    return html`<table part="table" class="${section} ${comparing ? 'compared' : ''}">
      <caption>${strings.sections[section]}</caption>
      <thead>
        <tr>
          <th scope="col">${columns.indicator}</th>
          <th scope="col" class="number">${value}</th>
          ${comparing ? html`<th scope="col" class="number">${comparing.previous} (%)</th><th scope="col" class="number">${comparison.change}</th>` : nothing}
          <th scope="col" class="number">${columns.n}</th>
          <th scope="col">${columns.note}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          // A low n says enough; a change is also unreliable when only the earlier figure's n is low.
          const note = row.figure.lowN ? `* ${strings.lowN(minN)}` : comparing && row.change !== null && !row.reliable ? comparison.notReliable : '';
          return html`<tr class=${row.figure.lowN ? 'low-n' : ''} data-indicator=${row.indicator} data-key=${row.key}>
            <th scope="row">${row.label}</th>
            <td class="number value" data-label=${value}>${row.value}</td>
            ${comparing
              ? html`<td class="number previous" data-label="${comparing.previous} (%)">${row.previousValue}</td>
                  <td class="number change ${row.change !== null && !row.reliable ? 'unreliable' : ''}" data-label=${comparison.change}>${row.changeText}</td>`
              : nothing}
            <td class="number n" data-label=${columns.n}>${formatCount(row.figure.n, strings)}</td>
            <td class="note" data-label=${columns.note}>${note}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  /** The comments of a group as cells: date, the item answered, the text. */
  private commentRows(group: GroupResult): string[][] {
    const computed = this.computed!;
    const definition = definitionFor(computed.definitions, group.questionnaire);
    const labels = new Map(definition.sections.flatMap((s) => s.items).map((item) => [item.id, localize(item.label, this.strings.locale, definition.defaultLocale)]));
    return computed.comments
      .filter((comment) => commentInGroup(comment, group))
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .map((comment) => [comment.date, labels.get(comment.itemId) ?? comment.itemId, comment.text]);
  }

  private renderComments(group: GroupResult, strings: ReportStrings): TemplateResult | typeof nothing {
    if (this.results) return nothing;
    const rows = this.commentRows(group);
    const { comments } = strings;
    return html`<section class="comments" aria-labelledby="comments-title">
      <h3 id="comments-title" class="subheading">${comments.title}</h3>
      <p class="legend">${comments.anonymous}</p>
      ${rows.length === 0
        ? html`<p>${comments.none}</p>`
        : html`<div class="actions" part="actions"><button type="button" class="export-comments" @click=${this.handleCommentsExport}>${comments.exportCsv}</button></div>
            <table part="table" class="comments-table">
              <caption>${comments.title} (${formatCount(rows.length, strings)})</caption>
              <thead>
                <tr>
                  <th scope="col">${comments.date}</th>
                  <th scope="col">${comments.item}</th>
                  <th scope="col">${comments.text}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  ([date, item, text]) => html`<tr>
                    <td class="date" data-label=${comments.date}>${date}</td>
                    <td data-label=${comments.item}>${item}</td>
                    <td class="comment" data-label=${comments.text}>${text}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`}
    </section>`;
  }

  private renderSelectors(series: GroupResult[], strings: ReportStrings): TemplateResult {
    const all = this.series;
    const group = this.shown!.group;
    const periods = series.map((g) => g.cut.period).filter((p): p is string => p != null);
    return html`<div class="selectors" part="actions">
      ${all.length > 1
        ? html`<p>
            <label for="group">${strings.group}</label>
            <select id="group" @change=${this.handleSeriesChange}>
              ${all.map((s, i) => {
                const caption = cutWords(s[0]!.cut, strings, this.computed!.names, { period: false }).join(' · ') || strings.header.allPeriods;
                return html`<option value=${i} ?selected=${s === series}>${caption}</option>`;
              })}
            </select>
          </p>`
        : nothing}
      ${periods.length > 0
        ? html`<p>
              <label for="period">${strings.header.period}</label>
              <select id="period" @change=${this.handlePeriodChange}>
                ${periods.map((p) => html`<option value=${p} ?selected=${p === group.cut.period}>${periodWords(p, strings)}</option>`)}
              </select>
            </p>
            <p>
              <label for="comparison">${strings.comparison.choose}</label>
              <select id="comparison" @change=${this.handleComparisonChange}>
                <option value=${PREVIOUS} ?selected=${this.comparison === PREVIOUS}>${strings.comparison.previousPeriod}</option>
                ${periods
                  .filter((p) => p !== group.cut.period)
                  .map((p) => html`<option value=${p} ?selected=${this.comparison === p}>${periodWords(p, strings)}</option>`)}
                <option value=${NO_COMPARISON} ?selected=${this.comparison === NO_COMPARISON}>${strings.comparison.noComparison}</option>
              </select>
            </p>`
        : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const strings = this.strings;
    const level = headingLevel(this.headingLevel);
    const heading = html`<div role="heading" aria-level=${level} class="heading" part="title">${strings.title}</div>`;
    const failure = this.reportController.failure;
    if (failure) return html`<div class="report" part="base" lang=${strings.locale}>${heading}<p role="alert">${failure}</p></div>`;
    if (!this.computed) return html`<div class="report" part="base" lang=${strings.locale} aria-busy="true">${heading}</div>`;
    const { results, definitions, names } = this.computed;
    const shown = this.shown;
    if (!shown) {
      return html`<div class="report" part="base" lang=${strings.locale}>
        ${heading}
        <p>${strings.noData}</p>
        ${this.renderFacts(headerFacts(results, undefined, definitions, strings, { names }))}
      </div>`;
    }
    const { group, series, previous, previousPeriod: earlier } = shown;
    const definition = definitionFor(definitions, group.questionnaire);
    const rows = groupRows(group, definition, strings);
    const compared = compareRows(rows, previous ? groupRows(previous, definitionFor(definitions, previous.questionnaire), strings) : [], strings);
    const comparing = previous ? { current: periodWords(group.cut.period!, strings), previous: periodWords(earlier!, strings) } : undefined;
    const otherCuts = cutWords(group.cut, strings, names, { period: false }).filter((words) => !words.startsWith(`${strings.cutNames.agencyCode}:`));
    return html`<div class="report" part="base" lang=${strings.locale}>
      <header class="report-header">
        ${heading}
        ${this.renderFacts(headerFacts(results, group, definitions, strings, { names }))}
        ${otherCuts.length > 0 ? html`<p class="meta">${otherCuts.join(' · ')}</p>` : nothing}
        <p class="method">${strings.header.method}</p>
        <p class="legend provenance" part="provenance">${strings.wording(definition.provenance.wording, definition.provenance.source)}</p>
        <p class="legend">${strings.lowNLegend(results.minN)}</p>
      </header>
      ${this.renderSelectors(series, strings)}
      <div class="actions" part="actions">
        <button type="button" class="print" @click=${this.handlePrint}>${strings.print}</button>
        <button type="button" class="export-csv" @click=${this.handleCsvExport}>${strings.exportCsv}</button>
        <button type="button" class="export-xlsx" @click=${this.handleXlsxExport}>${strings.exportXlsx}</button>
        <p class="export-problem" role="status">${this.exportProblem ?? ''}</p>
      </div>
      ${earlier && !previous ? html`<p class="no-comparison">${strings.comparison.nothingToCompare(periodWords(earlier, strings))}</p>` : nothing}
      ${this.renderElementChart(group, definition, strings)}
      ${comparing ? html`<h3 class="subheading">${strings.comparison.title(comparing.current, comparing.previous)}</h3>` : nothing}
      ${SECTIONS.map((section) => this.renderTable(section, compared.filter((row) => row.section === section), strings, results.minN, comparing))}
      ${this.renderTrend(series, group, strings)} ${this.renderComments(group, strings)}
    </div>`;
  }

  protected override updated(): void {
    const group = this.shown?.group;
    const strings = this.strings;
    // The printed pages' running footer: the agency and period of what is shown, then "Trang 2/4".
    this.pageFooter.set(group ? cutWords(group.cut, strings, this.computed?.names).join(' · ') : strings.title, strings.pageWord);
  }

  private renderFacts(facts: [string, string][]): TemplateResult {
    return html`<dl class="facts">
      ${facts.map(([label, value]) => html`<div class=${value.length > 60 ? 'wide' : ''}><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }
}
