import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows the browser's online/offline state; the element exposes it as `:state(offline)`. */
export class ConnectivityController implements ReactiveController {
  offline = false;
  private listeners: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    const update = () => {
      this.offline = !navigator.onLine;
      this.host.requestUpdate();
    };
    window.addEventListener('online', update, { signal: this.listeners.signal });
    window.addEventListener('offline', update, { signal: this.listeners.signal });
    this.offline = !navigator.onLine;
  }

  hostDisconnected(): void {
    this.listeners?.abort();
  }
}
