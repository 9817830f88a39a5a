import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host when its language may have changed: its own `lang`, or that of the document. `lang` is
 * a native attribute, not a Lit property, so only an observer sees it change.
 */
export class LanguageController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.observer.observe(this.host, options);
    this.observer.observe(document.documentElement, options);
    for (let ancestor = this.host.parentElement; ancestor; ancestor = ancestor.parentElement) {
      if (ancestor.hasAttribute('lang')) {
        this.observer.observe(ancestor, options);
        break;
      }
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The language asked for: the element's `lang`, the nearest ancestor's, else the document's ('' when none). */
  get requested(): string {
    return this.host.lang || this.host.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
  }
}
