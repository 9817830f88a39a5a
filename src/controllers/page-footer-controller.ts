import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A text as a CSS string: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

/**
 * The running footer of a printed report: the agency and period at the foot of every A4 page, with "Trang 2/4".
 * Page margin boxes (`@page { @bottom-left { … } }`) only work in the document's styles, never in a shadow root,
 * so while the report is on the page it keeps one constructed style sheet in the document's adopted sheets (which a
 * strict Content-Security-Policy allows: no inline style is written).
 */
export class PageFooterController implements ReactiveController {
  private readonly sheet = new CSSStyleSheet();
  private text = '';
  private pageWord = '';

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Sets what the footer says; `pageWord` starts the page numbers ("Trang", "Page"). */
  set(text: string, pageWord: string): void {
    if (text === this.text && pageWord === this.pageWord) return;
    this.text = text;
    this.pageWord = pageWord;
    this.sheet.replaceSync(`@page {
      size: A4;
      margin: 15mm 15mm 18mm;
      @bottom-left { content: ${cssString(text)}; font: 9pt system-ui, sans-serif; color: #333; }
      @bottom-right { content: ${cssString(`${pageWord} `)} counter(page) "/" counter(pages); font: 9pt system-ui, sans-serif; color: #333; }
    }`);
  }

  hostConnected(): void {
    if (!document.adoptedStyleSheets.includes(this.sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }

  hostDisconnected(): void {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }
}
