import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnswersController } from '../controllers/answers-controller.js';
import { BatchController, type BatchForm } from '../controllers/batch-controller.js';
import { DeliveryController } from '../controllers/delivery-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import { SetupController, type Setup } from '../controllers/setup-controller.js';
import { StorageController } from '../controllers/storage-controller.js';
import { DEFAULT_QUESTIONNAIRE_ID, type QuestionnaireId } from '../definitions/index.js';
import { SipasErrorEvent } from '../events/error.js';
import { SipasSubmitEvent } from '../events/submit.js';
import { entryStringsFor, type EntryStrings } from '../i18n/entry.js';
import { primaryLanguage } from '../i18n/language.js';
import { CONTEXT_ATTRIBUTES } from '../model/context.js';
import { keyedAnswers, type AnswerDifference, type Decisions } from '../model/double-entry.js';
import { ownValue } from '../model/id-record.js';
import { itemsById } from '../model/items.js';
import { codesOf, commitRow, eraseOnRow, nextShownItem, typeDigit, type KeyOutcome, type KeyRefusal } from '../model/keying.js';
import { codedOptions } from '../model/paper.js';
import { buildResponse } from '../model/response.js';
import { localize, numberedLabel } from '../model/text.js';
import { validateAnswers, type ValidationIssue } from '../model/validation.js';
import type { Definition, DefinitionInput, Item } from '../schema/definition.js';
import type { OverridesInput } from '../schema/overrides.js';
import type { Answers, AnswerValue, Channel, SurveyResponse } from '../schema/response.js';
import type { KeyValueStore } from '../persistence/key-value-store.js';
import type { BeforeSendHook } from '../transport/http-transport.js';
import type { RetryPolicy } from '../transport/retry-schedule.js';
import { headingLevel } from './heading-level.js';
import { entryStyles } from './sipas-entry.styles.js';

type ReadySetup = Extract<Setup, { status: 'ready' }>;

const SETUP_PROPERTIES = ['questionnaire', 'definition', 'src', 'overrides', 'overridesSrc', ...Object.values(CONTEXT_ATTRIBUTES)];

/** DOM ids in the shadow root, from item ids (unique and id-safe). */
const rowId = (itemId: string) => `k-${itemId}`;
const answerId = (itemId: string) => `a-${itemId}`;
const FORM_NUMBER = 'form-number';

/** A form number as keyed: trimmed; at most 50 characters, like a desk name. */
const cleanFormNumber = (value: string) => value.trim().slice(0, 50);

/**
 * The keying screen for paper forms and interviews: staff type each form's answers as the codes printed beside its
 * boxes, keyboard only, in printed order, with the questionnaire's rules applied as they type. Each saved form
 * becomes a response like an online one, released for delivery once keyed (or, in double entry, once both keyings
 * agree).
 *
 * @summary Fast, keyboard-first entry of paper SIPAS forms, with double entry.
 * @tag sipas-entry
 *
 * @fires {SipasSubmitEvent} sipas-submit - A keyed form was released for delivery; `detail` is the response. Cancelable.
 * @fires {SipasErrorEvent} sipas-error - The configuration or data is invalid.
 * @fires {SipasDeliveredEvent} sipas-delivered - The backend at `endpoint` accepted a response.
 * @fires {SipasDeliveryFailedEvent} sipas-delivery-failed - The backend refused a response (4xx).
 *
 * @csspart base - The outer wrapper.
 * @csspart row - One item's row.
 * @csspart message - The line that says what a key did or why it was refused.
 * @csspart batch - The list of the batch's forms.
 */
export class SipasEntry extends LitElement {
  static override styles = entryStyles;

  private readonly setupController = new SetupController(this);
  private readonly answersController = new AnswersController(this);
  private readonly languageController = new LanguageController(this);
  private readonly storageController = new StorageController(this, () => this.storage);
  private readonly batchController = new BatchController(this, () => this.storageController.store);
  private readonly delivery = new DeliveryController(this, {
    store: () => this.storageController.store,
    // Refused responses stay in the store: a keying office's computer is not a shared kiosk.
    settings: () => ({ endpoint: this.endpoint, credentials: this.credentials, headers: this.requestHeaders, beforeSend: this.beforeSend, policy: this.retryPolicy, failuresInPageOnly: false }),
  });
  private reportedError: unknown;

  /** Digits typed on the current row that begin a longer code, and that row. */
  @state() private typed = '';
  private typedRow: string | undefined;
  @state() private formNumber = '';
  @state() private fieldDate = '';
  /** What the last key did, or why it was refused; read out at once. */
  @state() private message = '';
  @state() private refusedRow: string | undefined;
  /** The problems found at the last refused save. */
  @state() private issues: ValidationIssue[] = [];
  /** The form being corrected (opened from the batch list), whose number may not change. */
  @state() private correcting: string | undefined;
  /** The form whose keyings differ, shown for a decision; and the decisions so far. */
  @state() private reviewing: string | undefined;
  @state() private decisions: Decisions = {};
  /** When the first key of this form was typed: the response's `startedAt`. */
  private keyingStarted: Date | undefined;
  private focusAfterUpdate: string | undefined;

  /** Id of a built-in questionnaire; ignored when `definition` is set. As on `<sipas-survey>`. */
  @property({ reflect: true }) questionnaire: QuestionnaireId = DEFAULT_QUESTIONNAIRE_ID;
  /** A questionnaire definition object; overrides `questionnaire`. */
  @property({ attribute: false }) definition: DefinitionInput | undefined = undefined;
  /** URL of a definition JSON file on the page's own origin. */
  @property() src: string | null = null;
  /** Local wording, as printed on the paper form (the same overrides as the online form's). */
  @property({ attribute: false }) overrides: OverridesInput | undefined = undefined;
  /** URL of an overrides JSON file on the page's own origin. */
  @property({ attribute: 'overrides-src' }) overridesSrc: string | null = null;
  /** Code of the agency whose service is rated; copied into each response's context. */
  @property({ attribute: 'agency-code' }) agencyCode: string | null = null;
  /** Name of the agency whose service is rated. */
  @property({ attribute: 'agency-name' }) agencyName: string | null = null;
  /** Code of the administrative procedure (mã thủ tục). */
  @property({ attribute: 'procedure-code' }) procedureCode: string | null = null;
  /** Name of the administrative procedure. */
  @property({ attribute: 'procedure-name' }) procedureName: string | null = null;
  /** Field (lĩnh vực) of the procedure. */
  @property() field: string | null = null;
  /** How the citizen dealt with the agency: `in-person`, `online` or `postal`. */
  @property() channel: Channel | null = null;
  /** The counter or desk the service was given at, as on `<sipas-survey>`. */
  @property() desk: string | null = null;
  /** Who collected the forms (an enumerator's code or name); copied into each response's `collection`. */
  @property() enumerator: string | null = null;
  /** The batch's name (e.g. a hamlet and a day): forms are numbered, kept and double-keyed within it. */
  @property() batch: string | null = null;
  /** `paper` (default): forms filled in on paper; `interview`: answers keyed live in a face-to-face or phone interview. */
  @property({ reflect: true }) mode: 'paper' | 'interview' = 'paper';
  /** Double entry: forms are released only once keyed twice, with every difference decided. */
  @property({ attribute: 'double-entry', type: Boolean }) doubleEntry = false;
  /** `first` keying, or `verify`: the second keying of double entry, by form number. */
  @property({ reflect: true }) pass: 'first' | 'verify' = 'first';
  /** Level of the screen's title heading (1–6); its panels' headings are one level below (at most 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** URL each released response is POSTed to, through the outbox, as `<sipas-survey>` does. */
  @property() endpoint: string | null = null;
  /** Cookies on delivery requests: `omit` (default), `same-origin` or `include`. */
  @property() credentials: RequestCredentials = 'omit';
  /** Headers added to every delivery request. */
  @property({ attribute: false }) requestHeaders: Record<string, string> | undefined = undefined;
  /** Called before each delivery attempt; may return headers to add. */
  @property({ attribute: false }) beforeSend: BeforeSendHook | undefined = undefined;
  /** Retry timing in ms for delivery. */
  @property({ attribute: false }) retryPolicy: Partial<RetryPolicy> | undefined = undefined;
  /** Where the batch and the outbox live; by default the library's own IndexedDB database. */
  @property({ attribute: false }) storage: KeyValueStore | undefined = undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (SETUP_PROPERTIES.some((key) => changed.has(key))) {
      void this.setupController.resolve({
        questionnaire: this.questionnaire,
        definition: this.definition,
        src: this.src,
        overrides: this.overrides,
        overridesSrc: this.overridesSrc,
        context: Object.fromEntries(Object.entries(CONTEXT_ATTRIBUTES).map(([attribute, property]) => [attribute, this[property]])),
      });
    }
    const setup = this.setupController.setup;
    if (setup.status === 'ready') {
      this.answersController.useDefinition(setup.definition);
      void this.batchController.use(`sipas-entry:${setup.definition.id}:${setup.definition.version}:${this.batch ?? ''}`);
    }
  }

  protected override firstUpdated(): void {
    this.focusAfterUpdate = FORM_NUMBER;
  }

  protected override updated(): void {
    this.reportSetupError();
    if (this.focusAfterUpdate && this.setupController.setup.status === 'ready') {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusAfterUpdate)}`);
      if (target) {
        this.focusAfterUpdate = undefined;
        target.focus();
      }
    }
  }

  private reportSetupError(): void {
    const setup = this.setupController.setup;
    const error = setup.status === 'error' ? setup.error : undefined;
    if (error === this.reportedError) return;
    this.reportedError = error;
    if (error) this.dispatchEvent(new SipasErrorEvent(error));
  }

  /** The language to show: the element's `lang`, an ancestor's, the document's, else the definition's default. */
  private locale(definition: Definition): string {
    const language = primaryLanguage(this.languageController.requested || definition.defaultLocale);
    return ownValue(definition.title, language) !== undefined ? language : definition.defaultLocale;
  }

  private get strings(): EntryStrings {
    return entryStringsFor(this.languageController.requested || 'vi');
  }

  private refusalText(refusal: KeyRefusal): string {
    const strings = this.strings;
    switch (refusal.code) {
      case 'not-a-code':
        return strings.notACode(refusal.typed, refusal.codes);
      case 'too-many':
        return strings.tooMany(refusal.max);
      case 'required':
        return strings.required;
      case 'not-a-digit':
        return strings.notADigit(refusal.key);
    }
  }

  /** Ctrl+Enter saves from anywhere; the form number and each row have their own keys. */
  private handleKeydown = (event: KeyboardEvent): void => {
    const setup = this.setupController.setup;
    if (setup.status !== 'ready' || event.isComposing) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.save();
      return;
    }
    this.keyingStarted ??= new Date();
    const target = event.composedPath()[0] as HTMLElement;
    if (target.id === FORM_NUMBER) {
      this.handleFormNumberKey(event, setup.definition);
      return;
    }
    const item = target.dataset['item'] ? itemsById(setup.definition).get(target.dataset['item']) : undefined;
    if (item) this.handleRowKey(event, item, setup.definition);
  };

  private handleFormNumberKey(event: KeyboardEvent, definition: Definition): void {
    const leaving = event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey);
    if (!leaving) return;
    const refusal = this.formNumberProblem(cleanFormNumber((event.target as HTMLInputElement).value));
    if (refusal) {
      event.preventDefault();
      this.say(refusal, FORM_NUMBER);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      this.moveFocus(rowId(definition.sections[0]!.items[0]!.id));
    }
    this.say('');
  }

  /** Why this form number cannot be keyed now, in words; undefined when it can. */
  private formNumberProblem(formNumber: string): string | undefined {
    const strings = this.strings;
    if (formNumber === '') return strings.formNumberMissing;
    const form = this.batchController.get(formNumber);
    if (this.pass === 'first') return form && this.correcting !== formNumber ? strings.formNumberTaken(formNumber) : undefined;
    if (!form) return strings.formNumberUnknown(formNumber);
    return form.second || form.sent ? strings.formNumberVerified(formNumber) : undefined;
  }

  private handleRowKey(event: KeyboardEvent, item: Item, definition: Definition): void {
    const answers = this.answersController.answers;
    const current = ownValue(answers, item.id);
    if (item.type === 'text') {
      // Typed freely; Enter in a one-line field moves on (a text area keeps Enter for its new lines).
      if (event.key === 'Enter' && !(event.target instanceof HTMLTextAreaElement)) {
        event.preventDefault();
        this.apply(item, definition, { kind: 'answer', value: current, advance: true }, true);
      }
      return;
    }
    // Tab, Shift+Tab, arrows and the browser's shortcuts keep their usual meaning.
    if (event.altKey || event.ctrlKey || event.metaKey || (event.key.length > 1 && !['Enter', 'Backspace', 'Delete'].includes(event.key))) {
      if (event.key === 'Tab') this.typed = '';
      return;
    }
    event.preventDefault();
    if (this.typedRow !== item.id) this.typed = '';
    if (event.key === 'Backspace' || event.key === 'Delete') {
      const erased = eraseOnRow(item, current, this.typed);
      this.typed = erased.typed;
      this.record(definition, item.id, erased.value);
      this.say('');
      return;
    }
    this.typedRow = item.id;
    const outcome = event.key === 'Enter' ? commitRow(definition, item, current, this.typed) : typeDigit(definition, item, current, this.typed, event.key);
    this.apply(item, definition, outcome, event.key === 'Enter');
  }

  private apply(item: Item, definition: Definition, outcome: KeyOutcome, byEnter: boolean): void {
    if (outcome.kind === 'refuse') {
      this.say(this.refusalText(outcome.refusal), undefined, item.id);
      return;
    }
    if (outcome.kind === 'pending') {
      this.typed = outcome.typed;
      this.typedRow = item.id;
      this.say('');
      return;
    }
    this.typed = '';
    this.record(definition, item.id, outcome.value);
    this.say('');
    if (!outcome.advance) return;
    const next = nextShownItem(definition, this.answersController.answers, item.id);
    if (byEnter && !next) void this.save();
    else this.moveFocus(next ? rowId(next.id) : 'save');
  }

  private record(definition: Definition, itemId: string, value: AnswerValue | undefined): void {
    this.answersController.answer(itemId, value, new Date());
    // Problems listed at a refused save go away as they are mended; no new ones appear before the next save.
    if (this.issues.length > 0) {
      const listed = new Set(this.issues.map((issue) => issue.itemId));
      this.issues = validateAnswers(definition, this.answersController.answers).filter((issue) => listed.has(issue.itemId));
    }
  }

  /** Moves the cursor after the coming update (a row may appear or go with the answer just keyed). */
  private moveFocus(id: string): void {
    this.focusAfterUpdate = id;
    this.requestUpdate();
  }

  /** Says a message in the live region (refused keys, saves); `focus`: where the cursor goes; `row`: the row at fault. */
  private say(message: string, focus?: string, row?: string): void {
    this.message = message;
    this.refusedRow = row;
    if (focus) this.focusAfterUpdate = focus;
  }

  private handleTextInput = (event: Event): void => {
    const setup = this.setupController.setup;
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (setup.status !== 'ready') return;
    if (control.id === FORM_NUMBER) {
      this.formNumber = control.value;
      return;
    }
    if (control.id === 'field-date') {
      this.fieldDate = control.value;
      return;
    }
    const item = control.dataset['item'] ? itemsById(setup.definition).get(control.dataset['item']) : undefined;
    if (item?.type === 'text') this.record(setup.definition, item.id, control.value === '' ? undefined : control.value);
  };

  /** The response for these answers, as an online one with the keying's collection facts. */
  private buildKeyedResponse(setup: ReadySetup, answers: Answers, formNumber: string, times: { startedAt: Date; submittedAt: Date }, responseId: string): SurveyResponse {
    return buildResponse({
      definition: setup.definition,
      answers,
      context: setup.context,
      locale: this.locale(setup.definition),
      startedAt: times.startedAt,
      submittedAt: times.submittedAt,
      responseId,
      overridden: setup.overridden,
      collection: {
        mode: this.mode,
        formNumber,
        ...(this.enumerator?.trim() ? { enumerator: this.enumerator.trim() } : {}),
        ...(this.batch?.trim() ? { batch: this.batch.trim() } : {}),
        ...(this.fieldDate ? { fieldDate: this.fieldDate } : {}),
      },
    });
  }

  /**
   * Saves the form on screen: refused (with the problems listed) when the form number or an answer is missing or
   * wrong; else kept in the batch (a first keying, a correction, or a second keying compared with the first), and
   * a blank form is shown with the cursor on the form number.
   */
  async save(): Promise<SurveyResponse | undefined> {
    const setup = this.setupController.setup;
    if (setup.status !== 'ready') return undefined;
    const strings = this.strings;
    const formNumber = this.correcting ?? cleanFormNumber(this.formNumber);
    const numberProblem = this.formNumberProblem(formNumber);
    if (numberProblem) {
      this.say(numberProblem, FORM_NUMBER);
      return undefined;
    }
    const answers = this.answersController.answers;
    const issues = validateAnswers(setup.definition, answers);
    if (issues.length > 0) {
      this.issues = issues;
      this.say(strings.missingAnswers(issues.length), rowId(issues[0]!.itemId), issues[0]!.itemId);
      return undefined;
    }
    const now = new Date();
    const earlier = this.batchController.get(formNumber);
    const response = this.buildKeyedResponse(setup, answers, formNumber, { startedAt: this.keyingStarted ?? now, submittedAt: now }, this.pass === 'first' && earlier ? earlier.first.responseId : crypto.randomUUID());
    const checked = (await import('../schema/check-response.js')).checkResponse(response);
    if (!checked.ok) {
      this.dispatchEvent(new SipasErrorEvent({ code: 'invalid-response', message: 'The keyed response failed its own schema; this is a bug in sipas-survey.', problems: checked.problems }));
      return undefined;
    }
    if (this.pass === 'first') {
      await this.batchController.keepFirst(checked.response, formNumber);
      this.say(strings.saved(formNumber, this.batchController.list.length), FORM_NUMBER);
    } else {
      const differences = await this.batchController.keepSecond(setup.definition, checked.response, formNumber);
      if (differences.length === 0) this.say(strings.verifiedAgreed(formNumber), FORM_NUMBER);
      else {
        this.reviewing = formNumber;
        this.decisions = {};
        this.say(strings.verifiedDiffers(formNumber, differences.length), undefined);
        this.focusAfterUpdate = 'differences-title';
      }
    }
    this.blank();
    return checked.response;
  }

  /** A blank form: no answers, no form number; the field date and the batch stay. */
  private blank(): void {
    this.answersController.reset();
    this.formNumber = '';
    this.typed = '';
    this.issues = [];
    this.correcting = undefined;
    this.keyingStarted = undefined;
    this.focusAfterUpdate ??= FORM_NUMBER;
  }

  /** Opens a first keying not yet sent, to correct it; saving replaces it (same response id). */
  private open(form: BatchForm): void {
    this.blank();
    this.correcting = form.formNumber;
    this.formNumber = form.formNumber;
    this.answersController.restore(keyedAnswers(form.first), new Date(form.first.startedAt));
    this.keyingStarted = new Date(form.first.startedAt);
    this.say(this.strings.correcting(form.formNumber));
    const setup = this.setupController.setup;
    if (setup.status === 'ready') this.moveFocus(rowId(setup.definition.sections[0]!.items[0]!.id));
  }

  /** Settles the form under review with the decisions taken; every difference needs one. */
  private async settle(definition: Definition): Promise<void> {
    const formNumber = this.reviewing!;
    const setup = this.setupController.setup as ReadySetup;
    const settled = await this.batchController.decide(definition, formNumber, this.decisions, (first, answers) =>
      this.buildKeyedResponse(setup, answers, formNumber, { startedAt: new Date(first.startedAt), submittedAt: new Date(first.submittedAt) }, first.responseId),
    );
    if (!settled) {
      this.say(this.strings.decideAll);
      return;
    }
    this.reviewing = undefined;
    this.decisions = {};
    this.say(this.strings.verifiedAgreed(formNumber), FORM_NUMBER);
  }

  /**
   * Sends the forms ready in this batch: each becomes `sipas-submit` (cancelable) and goes through the outbox to
   * `endpoint`. Resolves to the responses released.
   */
  async release(): Promise<SurveyResponse[]> {
    const released: SurveyResponse[] = [];
    for (const form of this.batchController.ready(this.doubleEntry)) {
      const response = form.agreed ?? form.first;
      if (!this.dispatchEvent(new SipasSubmitEvent(response))) continue;
      await this.delivery.enqueue(response);
      released.push(response);
    }
    await this.batchController.markSent(released.map((response) => this.formNumberOf(response)));
    this.say(this.strings.released(released.length));
    return released;
  }

  private formNumberOf(response: SurveyResponse): string {
    return this.batchController.list.find((form) => (form.agreed ?? form.first).responseId === response.responseId)!.formNumber;
  }

  private renderRow(item: Item, definition: Definition, locale: string, strings: EntryStrings): TemplateResult {
    const value = ownValue(this.answersController.answers, item.id);
    const id = rowId(item.id);
    const issue = this.issues.find((i) => i.itemId === item.id);
    const refused = this.refusedRow === item.id;
    const label = numberedLabel(item, locale, definition.defaultLocale);
    const described = [answerId(item.id), refused || issue ? 'entry-message' : ''].filter(Boolean).join(' ');
    if (item.type === 'text') {
      const common = { id, label, described, value: typeof value === 'string' ? value : '' };
      return html`<li class="row text ${issue ? 'invalid' : ''}" part="row">
        <label for=${id}>${common.label}</label>
        ${item.multiline
          ? html`<textarea id=${id} data-item=${item.id} rows="2" maxlength=${item.maxLength} .value=${common.value} aria-describedby=${described} aria-invalid=${issue ? 'true' : nothing}></textarea>`
          : html`<input id=${id} data-item=${item.id} type="text" maxlength=${item.maxLength} .value=${common.value} aria-describedby=${described} aria-invalid=${issue ? 'true' : nothing} />`}
        <span class="chosen" id=${answerId(item.id)}>${issue ? strings.missing : ''}</span>
      </li>`;
    }
    const options = codedOptions(definition, item);
    const chosen = (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .map((v) => options.find((option) => option.answer === v))
      .map((option) => (option ? `${option.code} ${localize(option.label, locale, definition.defaultLocale)}` : ''))
      .join('; ');
    const hint = strings.codesHint(options.map((option) => option.code), item.type === 'choice' && item.multiple ? item.maxChoices : undefined);
    return html`<li class="row ${issue ? 'invalid' : ''} ${refused ? 'refused' : ''}" part="row">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        data-item=${item.id}
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        class="codes"
        .value=${[codesOf(definition, item, value), this.typedRow === item.id ? this.typed : ''].filter(Boolean).join(' ')}
        aria-describedby=${described}
        aria-invalid=${issue ? 'true' : nothing}
      />
      <span class="chosen" id=${answerId(item.id)}>${chosen || (issue ? strings.missing : hint)}</span>
    </li>`;
  }

  private renderDifferences(definition: Definition, locale: string, strings: EntryStrings): TemplateResult | typeof nothing {
    const form = this.reviewing ? this.batchController.get(this.reviewing) : undefined;
    if (!form) return nothing;
    const differences = this.batchController.differences(definition, form);
    const items = itemsById(definition);
    const shown = (item: Item, value: AnswerValue | undefined) => {
      if (value === undefined) return strings.unanswered;
      if (item.type === 'text') return String(value);
      const codes = codedOptions(definition, item);
      return (Array.isArray(value) ? value : [value]).map((v) => {
        const option = codes.find((o) => o.answer === v);
        return option ? `${option.code} ${localize(option.label, locale, definition.defaultLocale)}` : String(v);
      }).join('; ');
    };
    const choice = (difference: AnswerDifference, pass: 'first' | 'second') => {
      const item = items.get(difference.itemId)!;
      return html`<label class="decision"
        ><input
          type="radio"
          name="d-${difference.itemId}"
          .checked=${ownValue(this.decisions, difference.itemId) === pass}
          @change=${() => (this.decisions = { ...this.decisions, [difference.itemId]: pass })}
        />${pass === 'first' ? strings.firstPass : strings.secondPass}: ${shown(item, difference[pass])}</label
      >`;
    };
    return html`<section class="differences" aria-labelledby="differences-title">
      <div role="heading" aria-level=${headingLevel(this.headingLevel + 1)} id="differences-title" tabindex="-1">${strings.differencesTitle(form.formNumber)}</div>
      ${differences.map(
        (difference) => html`<fieldset>
          <legend>${numberedLabel(items.get(difference.itemId)!, locale, definition.defaultLocale)}</legend>
          ${choice(difference, 'first')} ${choice(difference, 'second')}
        </fieldset>`,
      )}
      <button type="button" @click=${() => void this.settle(definition)}>${strings.decide}</button>
    </section>`;
  }

  private renderBatch(strings: EntryStrings): TemplateResult {
    const forms = this.batchController.list;
    const ready = this.batchController.ready(this.doubleEntry).length;
    const sent = forms.filter((form) => form.sent).length;
    return html`<section class="batch" part="batch" aria-labelledby="batch-title">
      <div role="heading" aria-level=${headingLevel(this.headingLevel + 1)} id="batch-title">${strings.batchTitle}</div>
      <p class="count">${strings.batchCount(forms.length, ready, sent)}</p>
      <ul class="forms">
        ${forms.map((form) => {
          const status = this.batchController.status(form, this.doubleEntry);
          return html`<li>
            ${form.sent || this.pass === 'verify'
              ? html`<span>${form.formNumber}</span>`
              : html`<button type="button" class="link" aria-label=${strings.open(form.formNumber)} @click=${() => this.open(form)}>${form.formNumber}</button>`}
            <span class="status">${strings.status[status]}</span>
          </li>`;
        })}
      </ul>
      <button type="button" ?disabled=${ready === 0} @click=${() => void this.release()}>${strings.release(ready)}</button>
    </section>`;
  }

  private renderEntry(setup: ReadySetup): TemplateResult {
    const { definition } = setup;
    const locale = this.locale(definition);
    const strings = entryStringsFor(locale);
    const shown = this.answersController.sections.flatMap(({ items }) => items);
    return html`<div class="entry" part="base" lang=${locale}>
      <div role="heading" aria-level=${headingLevel(this.headingLevel)} class="title">${strings.title(localize(definition.title, locale, definition.defaultLocale))}</div>
      <p class="facts">
        ${strings.modes[this.mode]}${this.batch ? ` · ${strings.batch}: ${this.batch}` : ''}${this.enumerator ? ` · ${strings.enumerator}: ${this.enumerator}` : ''} ·
        ${strings.pass}: ${this.doubleEntry ? strings.passes[this.pass] : strings.passes.first}
      </p>
      <p class="help">${strings.keysHelp}</p>
      <p id="entry-message" class="message ${this.refusedRow || this.issues.length ? 'refused' : ''}" part="message" role="status" aria-live="assertive">${this.message}</p>
      ${this.renderDifferences(definition, locale, strings)}
      <form novalidate @keydown=${this.handleKeydown} @input=${this.handleTextInput} @submit=${(event: Event) => (event.preventDefault(), void this.save())}>
        <div class="header-fields">
          <label for="field-date">${strings.fieldDate}</label>
          <input id="field-date" type="date" .value=${this.fieldDate} />
          <label for=${FORM_NUMBER}>${strings.formNumber}</label>
          <input id=${FORM_NUMBER} type="text" autocomplete="off" maxlength="50" .value=${this.formNumber} ?readonly=${this.correcting !== undefined} aria-describedby="entry-message" />
        </div>
        <ol class="rows">
          ${shown.map((item) => this.renderRow(item, definition, locale, strings))}
        </ol>
        <button type="submit" id="save">${strings.save}</button>
      </form>
      ${this.renderBatch(strings)}
    </div>`;
  }

  override render(): TemplateResult {
    const setup = this.setupController.setup;
    switch (setup.status) {
      case 'loading':
        return html`<p part="base">${this.strings.loading}</p>`;
      case 'error':
        return html`<div part="base" role="alert"><p>${setup.error.message}</p><ul>${setup.error.problems.map((p) => html`<li><code>${p.path}</code> ${p.message}</li>`)}</ul></div>`;
      case 'ready':
        return this.renderEntry(setup);
    }
  }
}
