import type { ReactiveControllerHost } from 'lit';
import { builtInDefinitions } from '../definitions/index.js';
import type { SipasErrorDetail } from '../events/error.js';
import { parseContext, type ContextAttribute } from '../model/context.js';
import type { Definition } from '../schema/definition.js';
import type { ServiceContext } from '../schema/response.js';

export type Setup =
  | { status: 'loading' }
  | { status: 'ready'; definition: Definition; context: ServiceContext }
  | { status: 'error'; error: SipasErrorDetail };

export interface SetupInput {
  questionnaire: string;
  /** A definition object given by the host; takes precedence over `questionnaire`. */
  definition: unknown;
  context: Partial<Record<ContextAttribute, string | null>>;
}

/** Resolves the element's configuration (which definition, which service context) into one state. */
export class SetupController {
  setup: Setup = { status: 'loading' };
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost) {
  }

  /** Re-resolves; a newer call wins over a slower earlier one. */
  async resolve(input: SetupInput): Promise<void> {
    const generation = ++this.generation;
    const next = await this.compute(input);
    if (generation !== this.generation) return;
    this.setup = next;
    this.host.requestUpdate();
  }

  private async compute({ questionnaire, definition, context }: SetupInput): Promise<Setup> {
    const contextResult = parseContext(context);
    if (!contextResult.ok) {
      return {
        status: 'error',
        error: { code: 'invalid-attribute', message: 'An attribute of <sipas-survey> has a value it does not accept.', problems: contextResult.problems },
      };
    }
    if (definition !== undefined && definition !== null) {
      // Only a host-supplied definition needs the schema; it loads on demand, outside the first render's bytes.
      const { parseDefinition } = await import('../model/definition.js');
      const parsed = parseDefinition(definition);
      if (!parsed.ok) {
        return {
          status: 'error',
          error: { code: 'invalid-definition', message: 'The questionnaire definition is not valid.', problems: parsed.problems },
        };
      }
      return { status: 'ready', definition: parsed.definition, context: contextResult.context };
    }
    const load = Object.hasOwn(builtInDefinitions, questionnaire) ? builtInDefinitions[questionnaire] : undefined;
    if (!load) {
      const known = Object.keys(builtInDefinitions).map((id) => `"${id}"`).join(', ');
      return {
        status: 'error',
        error: {
          code: 'unknown-questionnaire',
          message: `No built-in questionnaire is called "${questionnaire}".`,
          problems: [{ path: 'questionnaire', message: `is "${questionnaire}"; allowed values are ${known}` }],
        },
      };
    }
    // Built-in definitions are typed at compile time and checked by parseDefinition in the tests.
    return { status: 'ready', definition: await load(), context: contextResult.context };
  }
}
