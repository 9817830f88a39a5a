import type { ReactiveControllerHost } from 'lit';
import { builtInDefinitions, builtInParts, type QuestionnaireInParts, type QuestionnaireId } from '../definitions/index.js';
import type { SipasErrorCode, SipasErrorDetail } from '../events/error.js';
import { parseContext, type ContextAttribute } from '../model/context.js';
import type { Definition } from '../schema/definition.js';
import type { SchemaProblem } from '../schema/format-issues.js';
import type { ServiceContext } from '../schema/response.js';

export type Setup =
  | { status: 'loading' }
  /**
   * `overridden` is true when local wording (`overrides`) was applied to the definition; `languages` loads the
   * wording of a built-in's other languages (the definition then has its default language only).
   */
  | { status: 'ready'; definition: Definition; context: ServiceContext; overridden?: true; languages?: QuestionnaireInParts['languages'] }
  | { status: 'error'; error: SipasErrorDetail };

type ErrorSetup = Extract<Setup, { status: 'error' }>;
type ReadySetup = Extract<Setup, { status: 'ready' }>;

/** The error state for a code, a sentence and its located problems. */
const failed = (code: SipasErrorCode, message: string, problems: SchemaProblem[]): ErrorSetup => ({ status: 'error', error: { code, message, problems } });

export interface SetupInput {
  questionnaire: string;
  /** A definition object given by the host; takes precedence over `questionnaire`. */
  definition: unknown;
  /** The URL of a definition JSON file on the page's own origin; used when `definition` is not set. */
  src?: string | null;
  /** Local wording applied to whichever definition is shown. */
  overrides?: unknown;
  /** The URL of an overrides JSON file on the page's own origin; used when `overrides` is not set. */
  overridesSrc?: string | null;
  context: Partial<Record<ContextAttribute, string | null>>;
  /** With `context-from-url`: the page URL's query string, read for the context attributes not written. */
  contextQuery?: string;
}

/** Resolves the element's configuration (which definition, which service context) into one state. */
export class SetupController {
  setup: Setup = { status: 'loading' };
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Re-resolves; a newer call wins over a slower earlier one. */
  async resolve(input: SetupInput): Promise<void> {
    const generation = ++this.generation;
    // A chunk of the library itself failing to load must show as an error state, never reject into the page.
    const next = await this.compute(input).catch(
      (error: unknown): Setup => failed('load-failed', 'Could not load one of its own modules (a file of the library itself).', [{ path: '(module)', message: String(error) }]),
    );
    if (generation !== this.generation) return;
    this.setup = next;
    this.host.requestUpdate();
  }

  private async compute(input: SetupInput): Promise<Setup> {
    // Only pages that read their context from the URL need that reader.
    const contextResult = input.contextQuery !== undefined
      ? (await import('../model/context-from-url.js')).parseContextWithUrl(input.context, new URLSearchParams(input.contextQuery))
      : parseContext(input.context);
    if (!contextResult.ok) return failed('invalid-attribute', 'An attribute of <sipas-survey> has a value it does not accept.', contextResult.problems);
    const chosen = await this.chooseDefinition(input);
    if (chosen.status === 'error') return chosen;
    const overrides = input.overrides ?? (input.overridesSrc ? await this.loadJson('overrides-src', input.overridesSrc) : undefined);
    if (overrides instanceof LoadFailure) return overrides.setup;
    if (overrides === undefined || overrides === null) return { ...chosen, context: contextResult.context };
    // Overrides need the schemas, which load on demand like a host-supplied definition's.
    const [{ applyOverrides }, { parseDefinition }] = await Promise.all([import('../model/overrides.js'), import('../model/definition.js')]);
    const applied = applyOverrides(chosen.definition, overrides);
    // Re-parsed so the new wording meets the same limits (text length, default locale) as any definition.
    const parsed = applied.ok ? parseDefinition(applied.definition) : applied;
    if (!parsed.ok) return failed('invalid-overrides', 'The local wording (overrides) does not fit the questionnaire.', parsed.problems);
    return { status: 'ready', definition: parsed.definition, context: contextResult.context, overridden: true };
  }

  /** The host's definition object, else the file named by `src`, else the built-in `questionnaire`. */
  private async chooseDefinition({ questionnaire, definition, src, overrides, overridesSrc }: SetupInput): Promise<ErrorSetup | Omit<ReadySetup, 'context'>> {
    const candidate = definition ?? (src ? await this.loadJson('src', src) : undefined);
    if (candidate instanceof LoadFailure) return candidate.setup;
    if (candidate !== undefined && candidate !== null) {
      // Only a host-supplied definition needs the schema; it loads on demand, outside the first render's bytes.
      const { parseDefinition } = await import('../model/definition.js');
      const parsed = parseDefinition(candidate);
      if (!parsed.ok) return failed('invalid-definition', 'The questionnaire definition is not valid.', parsed.problems);
      return { status: 'ready', definition: parsed.definition };
    }
    if (!Object.hasOwn(builtInDefinitions, questionnaire)) {
      const known = Object.keys(builtInDefinitions).map((id) => `"${id}"`).join(', ');
      return failed('unknown-questionnaire', `No built-in questionnaire is called "${questionnaire}".`, [
        { path: 'questionnaire', message: `is "${questionnaire}"; allowed values are ${known}` },
      ]);
    }
    // Built-in definitions are typed at compile time and checked by parseDefinition in the tests. One in parts comes in
    // its default language, its others on demand; local wording is applied to every language at once, so needs them all.
    const id = questionnaire as QuestionnaireId;
    const parts = overrides || overridesSrc ? undefined : builtInParts[id];
    if (parts) return { status: 'ready', definition: await parts.definition(), languages: parts.languages };
    return { status: 'ready', definition: await builtInDefinitions[id]() };
  }

  private async loadJson(attribute: string, url: string): Promise<unknown> {
    // Only pages that name a file need the loader; it stays out of the first render's bytes.
    const { loadSameOriginJson } = await import('./load-json.js');
    const loaded = await loadSameOriginJson(attribute, url, { base: document.baseURI, origin: location.origin });
    return loaded.ok ? loaded.value : new LoadFailure(loaded.problem);
  }
}

/** A file named by an attribute could not be loaded; kept apart from loaded values, which may be anything. */
class LoadFailure {
  readonly setup: ErrorSetup;

  constructor(problem: SchemaProblem) {
    this.setup = failed('load-failed', `Could not load the file named by ${problem.path}.`, [problem]);
  }
}
