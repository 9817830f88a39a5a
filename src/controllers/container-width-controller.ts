import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width (CSS px) of its own box, the survey pages itself one section at a time. */
export const NARROW_CONTAINER_PX = 600;

/**
 * Tells whether the host's own box is narrow. It watches the element, not the window: a survey in a side column
 * of a wide page is as cramped as one on a phone.
 */
export class ContainerWidthController implements ReactiveController {
  /** False until measured otherwise: a wide first render needs no second one, only a narrow container does. */
  narrow = false;
  private observer: ResizeObserver | undefined;
  /**
   * An empty, zero-height first child of the shadow root, as wide as the host's content box. It is measured
   * instead of the host: the render that follows a width change changes the host's height, and a change to an
   * observed box inside its own callback is reported to the page as a "ResizeObserver loop" error.
   */
  private gauge: HTMLDivElement | undefined;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.gauge ??= document.createElement('div');
    if (this.gauge.parentNode !== this.host.renderRoot) this.host.renderRoot.prepend(this.gauge);
    this.observer = new ResizeObserver(([entry]) => {
      const narrow = entry!.contentRect.width < NARROW_CONTAINER_PX;
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.gauge);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
