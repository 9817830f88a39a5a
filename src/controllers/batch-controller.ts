import type { ReactiveControllerHost } from 'lit';
import { agreedAnswers, answerDifferences, keyedAnswers, type AnswerDifference, type Decisions } from '../model/double-entry.js';
import type { Definition } from '../schema/definition.js';
import type { Answers, SurveyResponse } from '../schema/response.js';
import type { KeyValueStore } from '../persistence/key-value-store.js';

/** A form of the batch: its first keying, its second (double entry) and the response agreed for sending. */
export interface BatchForm {
  formNumber: string;
  first: SurveyResponse;
  second?: SurveyResponse;
  /** What a person decided where the two keyings differ. */
  decisions?: Decisions;
  /** The response to send: the first keying (single entry), or the one both keyings and the decisions agree on. */
  agreed?: SurveyResponse;
  sent?: true;
}

export type BatchFormStatus = 'keyed' | 'differs' | 'agreed' | 'sent';

/** Builds the response for agreed answers from the first keying's envelope (same id, times, context, collection). */
export type Rebuild = (first: SurveyResponse, answers: Answers) => SurveyResponse;

/**
 * The forms keyed in one batch, kept in the store (IndexedDB by default) under the batch's name, so a reload or a
 * crash loses no keyed form. Forms leave for delivery only when released: each at once in single entry, only once
 * both keyings agree (or a person decided every difference) in double entry.
 */
export class BatchController {
  private forms = new Map<string, BatchForm>();
  private key: string | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => KeyValueStore,
  ) {}

  /** Switches to a batch (questionnaire and name), loading what was keyed in it earlier. */
  use(key: string): Promise<void> {
    if (key === this.key) return this.loading ?? Promise.resolve();
    this.key = key;
    this.forms = new Map();
    this.loading = this.store()
      .get(key)
      .then((saved) => {
        if (this.key !== key || !Array.isArray(saved)) return;
        this.forms = new Map((saved as BatchForm[]).map((form) => [form.formNumber, form]));
        this.host.requestUpdate();
      });
    return this.loading;
  }

  get list(): BatchForm[] {
    return [...this.forms.values()];
  }

  get(formNumber: string): BatchForm | undefined {
    return this.forms.get(formNumber);
  }

  status(form: BatchForm, doubleEntry: boolean): BatchFormStatus {
    if (form.sent) return 'sent';
    if (!doubleEntry) return 'keyed';
    if (form.agreed) return 'agreed';
    return form.second ? 'differs' : 'keyed';
  }

  /** The forms that may be sent now. */
  ready(doubleEntry: boolean): BatchForm[] {
    return this.list.filter((form) => !form.sent && (doubleEntry ? form.agreed !== undefined : true));
  }

  /** Keeps a first keying (a new form, or a correction of one not yet sent). */
  async keepFirst(response: SurveyResponse, formNumber: string): Promise<void> {
    this.forms.set(formNumber, { formNumber, first: response });
    await this.persist();
  }

  /**
   * Keeps a second keying and compares it with the first: the differences, item by item (none: the form is agreed).
   */
  async keepSecond(definition: Definition, response: SurveyResponse, formNumber: string): Promise<AnswerDifference[]> {
    const form = this.forms.get(formNumber)!;
    const differences = answerDifferences(definition, keyedAnswers(form.first), keyedAnswers(response));
    const next: BatchForm = { formNumber, first: form.first, second: response };
    if (differences.length === 0) next.agreed = form.first;
    this.forms.set(formNumber, next);
    await this.persist();
    return differences;
  }

  differences(definition: Definition, form: BatchForm): AnswerDifference[] {
    return form.second ? answerDifferences(definition, keyedAnswers(form.first), keyedAnswers(form.second)) : [];
  }

  /** Settles a form's differences as decided; false while a difference has no decision. */
  async decide(definition: Definition, formNumber: string, decisions: Decisions, rebuild: Rebuild): Promise<boolean> {
    const form = this.forms.get(formNumber);
    if (!form?.second) return false;
    const answers = agreedAnswers(definition, keyedAnswers(form.first), keyedAnswers(form.second), decisions);
    if (!answers) return false;
    this.forms.set(formNumber, { ...form, decisions, agreed: rebuild(form.first, answers) });
    await this.persist();
    return true;
  }

  async markSent(formNumbers: readonly string[]): Promise<void> {
    for (const formNumber of formNumbers) {
      const form = this.forms.get(formNumber);
      if (form) this.forms.set(formNumber, { ...form, sent: true });
    }
    await this.persist();
  }

  private async persist(): Promise<void> {
    this.host.requestUpdate();
    if (this.key) await this.store().set(this.key, this.list);
  }
}
