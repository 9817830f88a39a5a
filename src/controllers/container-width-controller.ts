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

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const narrow = entry!.contentRect.width < NARROW_CONTAINER_PX;
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
