import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SipasDraftRestoredEvent } from '../events/draft-restored.js';
import { SipasErrorEvent } from '../events/error.js';
import { draftKey } from '../persistence/draft-key.js';
import type { DraftStore } from '../persistence/drafts.js';
import type { KeyValueStore } from '../persistence/key-value-store.js';
import type { Definition } from '../schema/definition.js';
import type { ServiceContext } from '../schema/response.js';
import type { AnswersController } from './answers-controller.js';
import { setClampedTimeout } from './timeout.js';

export interface DraftControllerOptions {
  answers: AnswersController;
  store: () => KeyValueStore;
  /** The questionnaire and context on screen, once they are resolved. */
  subject: () => { definition: Definition; context: ServiceContext } | undefined;
  enabled: () => boolean;
  maxAgeDays: () => number;
  /** The section on screen in the paged layout (undefined on the first step or in one page), kept with the answers. */
  position: () => string | undefined;
  /** Returns the citizen to the section a restored draft was on. */
  restorePosition: (sectionId: string) => void;
}

/** At most one draft write per this many milliseconds while the citizen types. */
const WRITE_INTERVAL_MS = 250;

/**
 * Keeps a draft of the answers: restores it when the same questionnaire and context are shown again, and saves
 * changes in batches, flushing at once when the page is hidden or closed.
 */
export class DraftController implements ReactiveController {
  /** Whether the answers on screen came back from a draft (the element shows a line and a discard button). */
  restored = false;
  private key: string | undefined;
  /** Saving waits until the stored draft has been read, so that it is never overwritten before it is restored. */
  private loaded = false;
  private savedAnswers: unknown;
  private savedPosition: string | undefined;
  private loading: Promise<void> | undefined;
  /** The draft write under way, if any: a removal waits for it. */
  private writing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the last batched draft write reached the store (performance.now()). */
  private lastSaveAt = -Infinity;
  private listeners: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: DraftControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    window.addEventListener('pagehide', () => void this.flush(), { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void this.flush(), { signal });
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    void this.flush();
  }

  hostUpdated(): void {
    const subject = this.options.subject();
    if (!subject || !this.options.enabled()) return;
    const key = draftKey(subject.definition.id, subject.context);
    if (key !== this.key) {
      this.key = key;
      this.loaded = false;
      this.restored = false;
      this.loading = this.load(key, subject.definition);
      return;
    }
    if (this.loaded && (this.options.answers.answers !== this.savedAnswers || this.options.position() !== this.savedPosition)) this.schedule();
  }

  /**
   * Removes the draft (after a successful submission, or when the citizen discards it), after any write already
   * under way, so that no draft is written back after it.
   */
  async discard(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.restored = false;
    this.savedAnswers = this.options.answers.answers;
    this.savedPosition = this.options.position();
    // A write already under way would otherwise land after the removal and bring the draft back.
    await this.writing;
    if (this.key) await (await this.drafts()).store.remove(this.key);
    this.host.requestUpdate();
  }

  /** Writes pending changes now (once the stored draft has been read, so answers given meanwhile are merged). */
  async flush(): Promise<void> {
    await this.loading;
    if (this.timer === undefined && this.options.answers.answers === this.savedAnswers && this.options.position() === this.savedPosition) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.write({ now: true });
  }

  /** The drafts module (and zod with it) loads after the first render, outside the bytes that render it. */
  private async drafts(): Promise<{ store: DraftStore; module: typeof import('../persistence/drafts.js') }> {
    const module = await import('../persistence/drafts.js');
    return { store: new module.DraftStore(this.options.store()), module };
  }

  private async load(key: string, definition: Definition): Promise<void> {
    // Storage work starts only once the questionnaire is on screen.
    await this.host.updateComplete;
    const before = this.options.answers.answers;
    const revival = await (await this.drafts()).store.load(key, definition, Date.now(), this.options.maxAgeDays());
    if (key !== this.key) return;
    this.loaded = true;
    if (revival.kind === 'discarded') {
      const why = revival.reason === 'other-version' ? 'it was saved for a version with other questions' : 'its stored form could not be read';
      this.host.dispatchEvent(new SipasErrorEvent({ code: 'draft-discarded', message: `A saved draft was discarded because ${why}.`, problems: revival.problems }));
    }
    // Whether what is on screen will match storage: not if the citizen answered while it loaded, or it was migrated.
    const untouched = this.options.answers.answers === before;
    const inStep = untouched && !(revival.kind === 'restored' && revival.migratedFrom);
    if (revival.kind === 'restored') {
      this.options.answers.restore(revival.answers, revival.startedAt);
      // Back to the step the citizen was on, unless they have started again meanwhile.
      if (revival.sectionId && untouched) this.options.restorePosition(revival.sectionId);
      this.restored = true;
      this.host.dispatchEvent(
        new SipasDraftRestoredEvent({
          questionnaireId: definition.id,
          version: definition.version,
          migratedFrom: revival.migratedFrom,
          savedAt: new Date(revival.savedAt).toISOString(),
          answerCount: Object.keys(revival.answers).length,
        }),
      );
    }
    // What storage holds now: the restored answers, or nothing. Answers given before drafts loaded (they load after
    // the first render) are not stored yet, so they count as unsaved and the next update writes them.
    const current = this.options.answers.answers;
    const stored = revival.kind === 'restored' ? inStep : Object.keys(current).length === 0;
    this.savedAnswers = stored ? current : undefined;
    this.savedPosition = revival.kind === 'restored' ? revival.sectionId : undefined;
    this.host.requestUpdate();
  }

  private schedule(): void {
    this.timer ??= setClampedTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, WRITE_INTERVAL_MS);
  }

  /**
   * Saves the answers on screen. A batched write keeps the interval from the previous one as it reaches the store, not
   * only between its timers: a slow import or a busy main thread must not bring two writes closer than the interval.
   * A flush (`now`) writes at once.
   */
  private async write({ now = false } = {}): Promise<void> {
    const subject = this.options.subject();
    const key = this.key;
    if (!subject || !key || !this.loaded) return;
    const writing = (async () => {
      const { store, module } = await this.drafts();
      const early = this.lastSaveAt + WRITE_INTERVAL_MS - performance.now();
      if (!now && early > 0) await new Promise((resolve) => setClampedTimeout(() => resolve(undefined), early));
      // Read after any wait, so that the write carries the latest answers.
      const { answers, startedAt } = this.options.answers;
      const position = this.options.position();
      // Nothing new since the last write (the change that scheduled this one was written by a flush meanwhile).
      if (!now && answers === this.savedAnswers && position === this.savedPosition) return;
      this.savedAnswers = answers;
      this.savedPosition = position;
      if (!now) this.lastSaveAt = performance.now();
      await store.save(key, module.buildDraft(subject.definition, answers, startedAt, Date.now(), position));
    })();
    this.writing = writing.catch(() => undefined);
    await writing;
  }
}
