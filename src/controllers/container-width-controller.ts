import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width (CSS px) of its own box, the survey pages itself one section at a time. */
export const NARROW_CONTAINER_PX = 600;

/**
 * Tells whether the host's own box is narrow, and (with `trackWidth`) how wide it is, for views drawn to its size. It watches the element, not the window: a survey in a side column
 * of a wide page is as cramped as one on a phone.
 */
export class ContainerWidthController implements ReactiveController {
  /** False until measured otherwise: a wide first render needs no second one, only a narrow container does. */
  narrow = false;
  /** The width of the host's content box in CSS px; 0 until measured. */
  width = 0;
  private observer: ResizeObserver | undefined;
  /**
   * An empty, zero-height first child of the shadow root, as wide as the host's content box. It is measured
   * instead of the host: the render that follows a width change changes the host's height, and a change to an
   * observed box inside its own callback is reported to the page as a "ResizeObserver loop" error.
   */
  private gauge: HTMLDivElement | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** Re-render on every change of width (a chart drawn to the box), not only when it becomes narrow or wide. */
    private readonly trackWidth = false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.gauge ??= document.createElement('div');
    if (this.gauge.parentNode !== this.host.renderRoot) this.host.renderRoot.prepend(this.gauge);
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      const narrow = width < NARROW_CONTAINER_PX;
      const changed = narrow !== this.narrow || (this.trackWidth && width !== this.width);
      this.narrow = narrow;
      this.width = width;
      if (changed) this.host.requestUpdate();
    });
    this.observer.observe(this.gauge);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
