import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import type { Definition } from '../schema/definition.js';
import type { ServiceContext } from '../schema/response.js';
import { pageRules, renderPaperForm, type PaperFormInput } from '../components/print-view.js';
import { printStyles } from '../components/print-view.styles.js';
import { wordingHash } from '../model/response.js';

/**
 * The paper form of `<sipas-survey layout="print">`, loaded with its view on first use (the online form never
 * carries either): it puts the print styles in place of the online form's in the element's shadow root, and while
 * the form is shown gives the document the page rules (A4, page numbers, the wording's code) that only a
 * document's style sheets can hold.
 */
export class PrintController implements ReactiveController {
  private pageSheet: { key: string; sheet: CSSStyleSheet } | undefined;
  /** The online form's style sheets, put aside while the paper form is shown (none of them fits a sheet of paper). */
  private onlineStyles: CSSStyleSheet[] | undefined;

  constructor(
    private readonly host: ReactiveElement & { layout: string; headingLevel: number },
    /** The language the element shows this definition in. */
    private readonly localeFor: (definition: Definition) => string,
  ) {
    host.addController(this);
    host.requestUpdate();
  }

  /** The paper form for the element's definition and service context, in its language. */
  render({ definition, context }: { definition: Definition; context: ServiceContext }): TemplateResult {
    const input: PaperFormInput = { definition, context, locale: this.localeFor(definition), headingLevel: this.host.headingLevel };
    const root = this.host.renderRoot as ShadowRoot;
    if (!this.onlineStyles) {
      this.onlineStyles = root.adoptedStyleSheets;
      root.adoptedStyleSheets = [printStyles.styleSheet!];
    }
    this.usePageRules(input);
    return renderPaperForm(input);
  }

  private usePageRules({ definition, locale }: PaperFormInput): void {
    // The wording's hash covers the id, the version and every text: a new key whenever the sheet's text would differ.
    const key = `${locale} ${wordingHash(definition, locale)}`;
    if (this.pageSheet?.key === key) return;
    this.dropPageRules();
    this.pageSheet = { key, sheet: pageRules(definition, locale) };
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.pageSheet.sheet];
  }

  /** Gives the online form its styles back and takes the page rules off the document: the print layout is no longer shown. */
  private release(): void {
    if (this.onlineStyles) {
      (this.host.renderRoot as ShadowRoot).adoptedStyleSheets = this.onlineStyles;
      this.onlineStyles = undefined;
    }
    this.dropPageRules();
  }

  private dropPageRules(): void {
    const sheet = this.pageSheet?.sheet;
    if (!sheet) return;
    this.pageSheet = undefined;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }

  /** Leaving the print layout gives the online form back its styles and the page its own print rules. */
  hostUpdated(): void {
    if (this.host.layout !== 'print') this.release();
  }

  hostDisconnected(): void {
    this.release();
  }
}
