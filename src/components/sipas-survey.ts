import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnswersController } from '../controllers/answers-controller.js';
import { ConnectivityController } from '../controllers/connectivity-controller.js';
import { ContainerWidthController } from '../controllers/container-width-controller.js';
import type { FormController } from '../controllers/form-controller.js';
import { LanguageController } from '../controllers/language-controller.js';
import type { KioskController } from '../controllers/kiosk-controller.js';
import { LocaleController, shownLocale, type Localized } from '../controllers/locale-controller.js';
import type { Persistence } from '../controllers/persistence.js';
import type { PrintController } from '../controllers/print-controller.js';
import { SetupController } from '../controllers/setup-controller.js';
import { setClampedTimeout } from '../controllers/timeout.js';
import { DEFAULT_QUESTIONNAIRE_ID, type QuestionnaireId } from '../definitions/index.js';
import { SipasChangeEvent } from '../events/change.js';
import { SipasErrorEvent, type SipasErrorDetail } from '../events/error.js';
import { SipasResetEvent, type SipasResetReason } from '../events/reset.js';
import { SipasSubmitEvent } from '../events/submit.js';
import type { UiStrings } from '../i18n/strings.js';
import { hasAnsweredCriterion, toggleChoice, type ShownSection } from '../model/answers.js';
import { CONTEXT_ATTRIBUTES } from '../model/context.js';
import { ownValue } from '../model/id-record.js';
import { itemsById } from '../model/items.js';
import { buildResponse } from '../model/response.js';
import { localize } from '../model/text.js';
import type { ValidationIssue } from '../model/validation.js';
import type { DefinitionInput, LocalizedText } from '../schema/definition.js';
import type { OverridesInput } from '../schema/overrides.js';
import type { ResponseCheck } from '../schema/check-response.js';
import type { Answers, AnswerValue, Channel, SurveyResponse } from '../schema/response.js';
import { DEFAULT_DRAFT_MAX_AGE_DAYS } from '../persistence/draft-key.js';
import type { KeyValueStore } from '../persistence/key-value-store.js';
import type { FailedDelivery, OutboxEntry } from '../persistence/outbox.js';
import type { BeforeSendHook } from '../transport/http-transport.js';
import type { RetryPolicy } from '../transport/retry-schedule.js';
import { headingLevel } from './heading-level.js';
import { renderDeliveryStatus, renderDraftNotice, renderStorageNote } from './delivery-templates.js';
import { questionId, renderQuestion, type QuestionContext } from './question-view.js';
import { surveyStyles } from './sipas-survey.styles.js';
import type { Layout, Theme } from './survey-options.js';


/** The response schema (zod) is only needed at submit: it loads after the first render, outside the critical bytes. */
let responseCheckModule: Promise<typeof import('../schema/check-response.js')> | undefined;
const loadResponseCheck = () => (responseCheckModule ??= import('../schema/check-response.js'));

/** The properties that decide which questionnaire and service context the element shows. */
const SETUP_PROPERTIES = ['questionnaire', 'definition', 'src', 'overrides', 'overridesSrc', 'contextFromUrl', ...Object.values(CONTEXT_ATTRIBUTES)];

/**
 * The citizen-satisfaction survey: renders a SIPAS questionnaire from its definition, validates the answers
 * and emits a schema-validated response.
 *
 * @summary Citizen-satisfaction survey (SIPAS) for public-service portals.
 * @tag sipas-survey
 *
 * @fires {SipasSubmitEvent} sipas-submit - A valid questionnaire was submitted; `detail` is the response. Cancelable.
 * @fires {SipasChangeEvent} sipas-change - The citizen changed an answer; `detail` is `{ itemId, value }`.
 * @fires {SipasErrorEvent} sipas-error - The configuration or data is invalid; `detail` is `{ code, message, problems }`.
 * @fires {SipasDraftRestoredEvent} sipas-draft-restored - Answers saved in an earlier visit were put back.
 * @fires {SipasDeliveredEvent} sipas-delivered - The backend at `endpoint` accepted a response; `detail` is `{ responseId, status }`.
 * @fires {SipasDeliveryFailedEvent} sipas-delivery-failed - The backend refused a response (4xx), or it expired undelivered; `detail` is `{ responseId, status, message, reason }`.
 * @fires {SipasResetEvent} sipas-reset - The form was cleared for the next person; `detail` is `{ reason: "submitted" | "idle" | "api" }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart title - The questionnaire's title.
 * @csspart section - One section (an element of service delivery).
 * @csspart section-title - A section's heading.
 * @csspart question - One question (a fieldset, or the wrapper of a text field).
 * @csspart scale - The options of a rating question.
 * @csspart choices - The options of a choice question.
 * @csspart option - One option's label, around its native input.
 * @csspart input - A single-line text field.
 * @csspart textarea - A multi-line text field.
 * @csspart error - A question's error message.
 * @csspart error-summary - The problems after a failed submit or step: how many, and a link per section to its first.
 * @csspart submit - The submit button.
 * @csspart next - The button to the next step (paged layout).
 * @csspart back - The button to the previous step (paged layout).
 * @csspart progress - The step indicator (paged layout).
 * @csspart thanks - The message shown after submitting.
 * @csspart provenance - Where the wording comes from (with `show-provenance` only).
 * @csspart delivery-status - Whether the response was sent, is saved to be sent later, or could not be sent.
 * @csspart draft-notice - The line saying answers from an earlier visit were restored.
 * @csspart discard-draft - The button that discards restored answers.
 * @csspart storage-note - The warning that answers will not survive a reload (storage unavailable).
 * @csspart kiosk-next - Kiosk mode: the countdown to the next form and its button, under the thank-you note.
 * @csspart new-form - Kiosk mode: the button "Start a new form".
 * @csspart idle-dialog - Kiosk mode: the dialog asking, after inactivity, whether more time is needed.
 * @csspart idle-continue - Kiosk mode: the dialog's "Continue" button.
 *
 * @cssstate submitting - A submit is being validated.
 * @cssstate submitted - The citizen has submitted; the thank-you note shows.
 * @cssstate invalid - At least one error message is shown.
 * @cssstate offline - The browser is offline; submitted answers wait in the outbox.
 *
 * @cssprop --sipas-font-family - The font stack.
 * @cssprop --sipas-color-text - Text colour.
 * @cssprop --sipas-color-muted - Secondary text colour.
 * @cssprop --sipas-color-background - Background colour.
 * @cssprop --sipas-color-surface - Background of questions.
 * @cssprop --sipas-color-border - Borders of questions and controls.
 * @cssprop --sipas-color-accent - Buttons, checked controls and focus rings.
 * @cssprop --sipas-color-on-accent - Text on the accent colour.
 * @cssprop --sipas-color-error - Error text and borders.
 * @cssprop --sipas-radius - Corner radius.
 * @cssprop --sipas-space - The base spacing unit.
 * @cssprop --sipas-target-size - Minimum height of every clickable target.
 *
 * @attribute {boolean} disabled - Disables every control, like a disabled fieldset around the element (the browser handles it for form-associated elements).
 */
export class SipasSurvey extends LitElement {
  static override styles = surveyStyles;
  /** A control of the portal's own `<form>`: its value is the response, its validity that of the answers. */
  static readonly formAssociated = true;

  private readonly setupController = new SetupController(this);
  private readonly answersController = new AnswersController(this);
  private readonly languageController = new LanguageController(this);
  private readonly localeController = new LocaleController(this);
  private readonly widthController = new ContainerWidthController(this);
  private readonly connectivityController = new ConnectivityController(this);
  /** The paper form (layout="print"): its controller once loaded, the loading meanwhile. The online form never carries it. */
  private paper: PrintController | Promise<unknown> | undefined;
  /** Storage, drafts and delivery: undefined until loaded, just after the first render. */
  private persistence: Persistence | undefined;
  private persistenceLoading: Promise<Persistence> | undefined;
  /** The questionnaire in the language shown, once its text and strings are loaded. */
  private localized: Localized | undefined;
  private questionnaireShown = false;
  private reportedError: SipasErrorDetail | undefined;
  /** What receives focus after the next render: the error summary, the thank-you note, or the step heading. */
  private focusAfterUpdate: 'summary' | 'thanks' | 'step' | undefined;
  /** Kiosk mode's timers and dialog: loaded only when `kiosk` is set. */
  private kioskController: KioskController | undefined;
  private kioskLoading: Promise<void> | undefined;

  private readonly internals = this.attachInternals();
  /** Value and validity in the form around the element: loaded once the element is in a form. */
  private formController: FormController | undefined;
  /** A disabled fieldset around the element, or its own `disabled` attribute, disables its controls. */
  @state() private disabled = false;
  @state() private submitted: SurveyResponse | undefined;
  /** The shown section's index among the sections with visible questions (paged layout). */
  @state() private step = 0;
  /** Whether the error summary is up: after a failed submit or step, until the citizen moves on. */
  @state() private showSummary = false;
  /** A submit is being validated (the response schema may still be loading). */
  @state() private submitting = false;

  /** The name the response (JSON) is submitted under with the form around the element. */
  @property({ reflect: true }) name: string | null = null;
  /** Id of a built-in questionnaire; ignored when `definition` is set. */
  @property({ reflect: true }) questionnaire: QuestionnaireId = DEFAULT_QUESTIONNAIRE_ID;
  /** A questionnaire definition object, validated against the definition schema; overrides `questionnaire`. */
  @property({ attribute: false }) definition: DefinitionInput | undefined = undefined;
  /** URL of a definition JSON file on the page's own origin; used when `definition` is not set. */
  @property() src: string | null = null;
  /** Local wording for the questionnaire shown: `{ items: { "c1.1": { label: { vi: "…" } } } }`; see the README. */
  @property({ attribute: false }) overrides: OverridesInput | undefined = undefined;
  /** URL of an overrides JSON file on the page's own origin; used when `overrides` is not set. */
  @property({ attribute: 'overrides-src' }) overridesSrc: string | null = null;
  /** Code of the agency whose service is rated; copied into the response's context. */
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
  /** The counter or desk where the citizen was served (≤ 50 characters; a place, never a person's name). */
  @property() desk: string | null = null;
  /**
   * Reads the service context from the page URL's query parameters named like the context attributes
   * (`?agency-code=…&desk=…`, as a desk's QR code gives it), for those not written on the element. Checked as the
   * attributes are; nothing else is read from the URL.
   */
  @property({ attribute: 'context-from-url', type: Boolean }) contextFromUrl = false;
  /** Level of the questionnaire's title heading (1–6); section headings are one level below (at most 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /**
   * `single` shows every section; `paged` one section per step; `auto` (default) pages in containers under 600 px;
   * `print` shows the paper form for A4 (boxes with codes, rules in words, page numbers), nothing to answer.
   */
  @property({ reflect: true }) layout: Layout = 'auto';
  /** `light`, `dark`, or `auto` (default: follows the system's `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'auto';
  /** URL the element POSTs each submitted response to (JSON, `Idempotency-Key: <responseId>`); without it, events only. */
  @property() endpoint: string | null = null;
  /** Cookies on delivery requests: `omit` (default), `same-origin` or `include`. */
  @property() credentials: RequestCredentials = 'omit';
  /** Headers added to every delivery request, e.g. the portal's session or anti-abuse token. */
  @property({ attribute: false }) requestHeaders: Record<string, string> | undefined = undefined;
  /** Called before each delivery attempt with `{ url, responseId, attempt, response }`; may return headers to add. */
  @property({ attribute: false }) beforeSend: BeforeSendHook | undefined = undefined;
  /** Retry timing in ms (`baseDelayMs`, `factor`, `maxDelayMs`, `jitter`, `timeoutMs`, `maxAgeMs`, `failedMaxAgeMs`); the defaults suit weak mobile networks. */
  @property({ attribute: false }) retryPolicy: Partial<RetryPolicy> | undefined = undefined;
  /** Shows, under the form, where the questionnaire's wording comes from and how sure it is: for officials checking a page, not for citizens. */
  @property({ attribute: 'show-provenance', type: Boolean }) showProvenance = false;
  /**
   * Kiosk mode, for a tablet at a counter: no draft, a thank-you note that counts down to an empty form, a dialog
   * after inactivity, touch-sized targets, the screen kept awake. Responses carry `collection.mode: "kiosk"`.
   */
  @property({ type: Boolean, reflect: true }) kiosk = false;
  /** Kiosk mode: seconds the thank-you note stays before the next person's empty form (default 15). */
  @property({ attribute: 'reset-after', type: Number }) resetAfter: number | null = null;
  /** Kiosk mode: seconds without input before asking whether more time is needed (default 60; 0 never asks). */
  @property({ attribute: 'idle-timeout', type: Number }) idleTimeout: number | null = null;
  /** Kiosk mode: seconds the "more time?" dialog waits before acting (default 20). */
  @property({ attribute: 'idle-countdown', type: Number }) idleCountdown: number | null = null;
  /** Kiosk mode, when no one answers the dialog: `discard` (default) the answers, or `submit` them as a partial response. */
  @property({ attribute: 'idle-action' }) idleAction: 'discard' | 'submit' | null = null;
  /** Keeps no draft: for kiosk tablets and shared computers, where the next person must not find the answers. */
  @property({ attribute: 'no-draft', type: Boolean }) noDraft = false;
  /** Drafts older than this many days are dropped instead of restored. */
  @property({ attribute: 'draft-max-age-days', type: Number }) draftMaxAgeDays = DEFAULT_DRAFT_MAX_AGE_DAYS;
  /** Where drafts and the outbox live; by default the library's own IndexedDB database (`sipas-survey`). */
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
        contextQuery: this.contextFromUrl ? location.search : undefined,
      });
    }
    const setup = this.setupController.setup;
    this.localized = setup.status === 'ready' ? this.localeController.localize(setup.definition, setup.languages, this.languageController.requested) : undefined;
    if (this.localized) this.answersController.useDefinition(this.localized.definition);
    if (this.kiosk) this.kioskLoading ??= this.loadKiosk();
  }

  /** Wires kiosk mode's controller once; its module loads only on pages that use kiosk mode. */
  private async loadKiosk(): Promise<void> {
    const { KioskController } = await import('../controllers/kiosk-controller.js');
    this.kioskController = new KioskController(this, {
      phase: () => (this.setupController.setup.status !== 'ready' ? 'none' : this.submitted ? 'thanks' : 'form'),
      clear: (reason) => this.clearForNextPerson(reason),
      submitPartial: () => this.submitPartial(),
    });
    this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.questionnaireShown && this.localized) {
      this.questionnaireShown = true;
      // A User Timing mark, so a page (and the benchmark) can see when the questions are on screen.
      performance.mark('sipas-survey:questionnaire-shown');
      // Only now: drafts, delivery and the submit-time schema, while the citizen reads.
      setClampedTimeout(() => {
        void loadResponseCheck();
        void this.loadPersistence();
      }, 0);
    }
    this.reportSetupError();
    this.setState('submitting', this.submitting);
    this.setState('invalid', this.answersController.shownIssues.length > 0);
    this.setState('submitted', this.submitted !== undefined);
    this.setState('offline', this.connectivityController.offline);
    if (this.focusAfterUpdate) this.moveFocus(this.focusAfterUpdate);
  }

  /**
   * Focuses the error summary, the thank-you note or the new step's heading, and scrolls so that the citizen sees
   * where they are: in steps, the step's top with its progress line (the summary sits right under it); otherwise
   * the start of what was focused (a long summary would else show its middle, its title off screen).
   */
  private moveFocus(what: 'summary' | 'thanks' | 'step'): void {
    this.focusAfterUpdate = undefined;
    const selector = { summary: '.error-summary', thanks: '.thanks', step: '.step-heading' }[what];
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus({ preventScroll: true });
    const top = what === 'thanks' ? target : this.renderRoot.querySelector<HTMLElement>('.progress');
    (top ?? target)?.scrollIntoView({ block: 'start' });
  }

  /** Reports a configuration error once per distinct error: an event, and one console line for the developer (the citizen sees a short message only). */
  private reportSetupError(): void {
    const setup = this.setupController.setup;
    const error = setup.status === 'error' ? setup.error : undefined;
    if (error === this.reportedError) return;
    this.reportedError = error;
    if (!error) return;
    const lines = error.problems.map((p) => `  ${p.path} ${p.message}`).join('\n');
    console.error(`<sipas-survey>: ${error.message}\n${lines}`);
    this.dispatchEvent(new SipasErrorEvent(error));
  }

  private handleAnswer(itemId: string, value: AnswerValue | undefined): void {
    if (this.answersController.answer(itemId, value, new Date())) {
      this.dispatchEvent(new SipasChangeEvent({ itemId, value }));
    }
  }

  /**
   * One listener on the form for every control (cheaper than a listener per option): the control's name is the
   * item id, its value the answer. Texts answer as the citizen types; choices when they change.
   */
  private handleControl = (event: Event): void => {
    const setup = this.setupController.setup;
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const item = setup.status === 'ready' ? itemsById(setup.definition).get(control.name) : undefined;
    if (!item || (item.type === 'text') !== (event.type === 'input')) return;
    if (item.type === 'text') this.handleAnswer(item.id, control.value === '' ? undefined : control.value);
    else if (item.type === 'rating') this.handleAnswer(item.id, Number(control.value));
    else if (item.multiple) {
      const checked = (control as HTMLInputElement).checked;
      this.handleAnswer(item.id, toggleChoice(item, ownValue(this.answersController.answers, item.id), control.value, checked));
    } else this.handleAnswer(item.id, control.value);
  };

  /** Enter or the main button: the next step while there is one, else submit. */
  private handleSubmit(event: SubmitEvent, lastStep: boolean): void {
    event.preventDefault();
    if (lastStep) void this.submit();
    else this.handleNext();
  }

  private handleNext(): void {
    const shown = this.answersController.sections[this.currentStep];
    if (!shown) return;
    if (this.answersController.reveal(shown.items.map((item) => item.id)).length > 0) {
      this.showSummary = true;
      this.focusAfterUpdate = 'summary';
      return;
    }
    this.showSummary = false;
    this.step += 1;
    this.focusAfterUpdate = 'step';
  }

  /** The same person starting afresh: answers and draft go, but this is no turnover, so no sipas-reset. */
  private handleDiscardDraft = (): void => {
    this.clearAnswers();
  };

  private handleBack(): void {
    this.showSummary = false;
    this.step = Math.max(0, this.step - 1);
    this.focusAfterUpdate = 'step';
  }

  private handleSummaryLink(event: MouseEvent, itemId: string): void {
    event.preventDefault();
    const question = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(questionId(itemId))}`);
    const target = question?.querySelector<HTMLElement>('input:checked, input, textarea') ?? question;
    question?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  /** A copy of the current answers, keyed by item id. */
  get answers(): Answers {
    return structuredClone(this.answersController.answers);
  }

  /**
   * Validates and, when valid, dispatches `sipas-submit` with the response. Resolves to the response, or to
   * `undefined` when answers are missing or invalid (the error summary is then shown and focused).
   */
  async submit(): Promise<SurveyResponse | undefined> {
    const setup = this.setupController.setup;
    if (setup.status !== 'ready' || this.submitted || this.submitting) return undefined;
    const answers = this.answersController;
    answers.submitAttempted = true;
    this.requestUpdate();
    if (answers.issues.length > 0) {
      this.goToFirstIssue();
      this.showSummary = true;
      this.focusAfterUpdate = 'summary';
      return undefined;
    }
    const emitted = await this.emitResponse();
    const response = emitted?.response;
    if (emitted?.accepted && response) {
      // The draft goes only once the response is safe in the outbox (or there is no endpoint to send it to).
      this.withPersistence(async ({ delivery, draft }) => {
        await delivery.enqueue(response);
        await draft.discard();
      });
    }
    return response;
  }

  /**
   * Kiosk mode, when an idle person does not answer the dialog: the answers given so far go out as a partial
   * response (and into the outbox), if at least one criterion was answered.
   */
  private async submitPartial(): Promise<void> {
    const setup = this.setupController.setup;
    if (setup.status !== 'ready' || this.submitted || !hasAnsweredCriterion(setup.definition, this.answersController.answers)) return;
    const emitted = await this.emitResponse('partial');
    if (emitted?.accepted) await (await this.loadPersistence()).delivery.enqueue(emitted.response);
  }

  /**
   * Builds the response from the current answers, checks it against its schema and dispatches `sipas-submit`.
   * Resolves to the response and whether the host let it go on (did not cancel the event); undefined when it failed its schema (a bug).
   */
  private async emitResponse(completion?: 'partial'): Promise<{ response: SurveyResponse; accepted: boolean } | undefined> {
    const response = this.currentResponse(new Date(), crypto.randomUUID(), completion)!;
    this.submitting = true;
    let checked: ResponseCheck;
    try {
      checked = (await loadResponseCheck()).checkResponse(response);
    } finally {
      this.submitting = false;
    }
    if (!checked.ok) {
      const error: SipasErrorDetail = {
        code: 'invalid-response',
        message: 'The response failed its own schema and was not submitted; this is a bug in sipas-survey.',
        problems: checked.problems,
      };
      console.error(`<sipas-survey>: ${error.message}`, error.problems);
      this.dispatchEvent(new SipasErrorEvent(error));
      return undefined;
    }
    const accepted = this.dispatchEvent(new SipasSubmitEvent(checked.response));
    // The thank-you note comes in the same turn as the event, as a host listening to it expects.
    if (accepted && !completion) {
      this.submitted = checked.response;
      this.focusAfterUpdate = 'thanks';
    }
    return { response: checked.response, accepted };
  }

  /** In steps, goes to the first step with a problem: the summary and the browser's message reach only questions on screen. */
  private goToFirstIssue(): void {
    const firstIssue = this.answersController.issues[0]?.itemId;
    const stepWithIssue = this.answersController.sections.findIndex(({ items }) => items.some((item) => item.id === firstIssue));
    if (this.paged && stepWithIssue >= 0) this.step = stepWithIssue;
  }

  /** The response the answers give now, or undefined while no questionnaire is shown. */
  private currentResponse(now: Date, responseId: string, completion?: 'partial'): SurveyResponse | undefined {
    const setup = this.setupController.setup;
    if (setup.status !== 'ready' || !this.localized) return undefined;
    return buildResponse({
      definition: this.localized.definition,
      answers: this.answersController.answers,
      context: setup.context,
      locale: this.localized.locale,
      startedAt: this.answersController.startedAt ?? now,
      submittedAt: now,
      responseId,
      overridden: setup.overridden,
      collection: { mode: this.kiosk ? 'kiosk' : 'online' },
      completion,
    });
  }

  /** The form around the element, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Whether the answers are complete and valid, as the form sees it (the form's own submit checks this). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The sentence the browser shows when the answers are not valid, in the questionnaire's language. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    if (!form || this.formController) return;
    void import('../controllers/form-controller.js').then(({ FormController }) => {
      this.formController ??= new FormController(this, this.internals, this.answersController, {
        inputs: () => [this.setupController.setup, this.submitted, this.languageController.requested],
        response: () => this.submitted ?? this.currentResponse(new Date(), crypto.randomUUID()),
        showIssues: () => this.goToFirstIssue(),
      });
    });
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** The form around the element was reset: the answers are cleared, as `reset()` does. */
  formResetCallback(): void {
    this.reset();
  }

  private setState(state: string, on: boolean): void {
    if (on) this.internals.states.add(state);
    else this.internals.states.delete(state);
  }

  /** Clears every answer (and the draft) and shows the questionnaire again from its first step; fires `sipas-reset` with reason "api". */
  reset(): void {
    this.clearForNextPerson('api');
  }

  /**
   * Clears every trace of the person who answered: the response shown, the answers and what was derived from
   * them, the state of the form's controls (each question view matches the live controls to the answers), the
   * draft, and at a kiosk the responses the backend refused.
   * Responses waiting in the outbox stay and keep being sent.
   */
  private clearForNextPerson(reason: SipasResetReason): void {
    this.clearAnswers();
    if (this.kiosk) this.withPersistence(({ delivery }) => delivery.discardFailed());
    this.dispatchEvent(new SipasResetEvent({ reason }));
  }

  private clearAnswers(): void {
    this.submitted = undefined;
    this.step = 0;
    this.showSummary = false;
    this.answersController.reset();
    this.withPersistence(({ draft }) => draft.discard());
  }

  /** Responses submitted here that still wait for `endpoint` (e.g. offline), oldest first. */
  async pendingDeliveries(): Promise<OutboxEntry[]> {
    return (await this.loadPersistence()).delivery.pending();
  }

  /** Responses `endpoint` refused (a 4xx), with its status and message, kept for inspection. */
  async failedDeliveries(): Promise<FailedDelivery[]> {
    return (await this.loadPersistence()).delivery.failed();
  }

  /** Sends refused responses again (all, or those whose ids are given); resolves to the ids requeued. */
  async retryFailed(responseIds?: string[]): Promise<string[]> {
    return (await this.loadPersistence()).delivery.retryFailed(responseIds);
  }

  /** Runs `use` at once when storage, drafts and delivery are loaded (so the screen changes in the same update), else once they are. */
  private withPersistence(use: (persistence: Persistence) => unknown): void {
    if (this.persistence) void use(this.persistence);
    else void this.loadPersistence().then(use);
  }

  /** Loads and wires storage, drafts and delivery once; the first caller starts it. */
  private loadPersistence(): Promise<Persistence> {
    this.persistenceLoading ??= import('../controllers/persistence.js').then(({ createPersistence }) => {
      this.persistence = createPersistence(this, {
        answers: this.answersController,
        injectedStore: () => this.storage,
        subject: () => (this.setupController.setup.status === 'ready' ? this.setupController.setup : undefined),
        enabled: () => !this.noDraft && !this.kiosk,
        maxAgeDays: () => this.draftMaxAgeDays,
        position: () => (this.paged && this.currentStep > 0 ? this.answersController.sections[this.currentStep]?.section.id : undefined),
        restorePosition: (sectionId) => {
          const step = this.answersController.sections.findIndex(({ section }) => section.id === sectionId);
          if (step > 0 && this.step === 0) this.step = step;
        },
        delivery: () => ({
          endpoint: this.endpoint,
          credentials: this.credentials,
          headers: this.requestHeaders,
          beforeSend: this.beforeSend,
          policy: this.retryPolicy,
          failuresInPageOnly: this.noDraft || this.kiosk,
        }),
      });
      this.requestUpdate();
      return this.persistence;
    });
    return this.persistenceLoading;
  }

  /** The step on screen (paged layout), within the steps the current answers give. */
  private get currentStep(): number {
    return Math.max(0, Math.min(this.step, this.answersController.sections.length - 1));
  }

  /** Whether the questionnaire is shown one section per step. */
  private get paged(): boolean {
    return this.layout === 'paged' || (this.layout === 'auto' && this.widthController.narrow);
  }

  /** A heading at the host's chosen level; `role="heading"` lets the level be data without a tag per level. */
  private renderHeading(level: number, text: string, kind: 'title' | 'short-title' | 'section', id?: string): TemplateResult {
    const clamped = headingLevel(level);
    // In steps, the section heading takes focus on each step, so a screen reader announces where the citizen is.
    const stepHeading = kind === 'section' && this.paged;
    return html`<div
      role="heading"
      aria-level=${clamped}
      class="heading ${kind} ${stepHeading ? 'step-heading' : ''}"
      id=${id ?? nothing}
      tabindex=${stepHeading ? '-1' : nothing}
      part=${kind === 'section' ? 'section-title' : 'title'}
    >${text}</div>`;
  }

  /** What a citizen can act on, in the page's language; the technical detail is in the console and `sipas-error`. */
  private renderConfigurationError(strings: UiStrings): TemplateResult {
    return html`<div class="configuration-error" part="base" role="alert" lang=${strings.locale}>
      <p class="heading">${strings.configurationErrorTitle}</p>
      <p>${strings.configurationErrorHelp}</p>
    </div>`;
  }

  /**
   * The problems with the questions on screen, after a failed submit or step: how many, then one line per section
   * (how many questions are unanswered or need correcting) linking to its first problem. Short on a phone however
   * many answers are missing; each question says its own message beside it.
   */
  private renderErrorSummary(ctx: QuestionContext, onScreen: readonly ShownSection[], shownIssues: readonly ValidationIssue[]): TemplateResult | typeof nothing {
    if (!this.showSummary) return nothing;
    const issueOf = new Map(shownIssues.map((issue) => [issue.itemId, issue]));
    const sections = onScreen
      .map(({ section, items }) => ({ section, issues: items.flatMap((item) => issueOf.get(item.id) ?? []) }))
      .filter(({ issues }) => issues.length > 0);
    const count = sections.reduce((sum, { issues }) => sum + issues.length, 0);
    if (count === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <div class="heading" id="error-summary-title" role="heading" aria-level=${headingLevel(this.headingLevel + 1)}>${ctx.strings.errorSummaryTitle(count)}</div>
      <ul>
        ${sections.map(({ section, issues }) => {
          const missing = issues.filter((issue) => issue.code === 'required').length;
          const first = issues[0]!.itemId;
          return html`<li>
            <a href="#${questionId(first)}" @click=${(e: MouseEvent) => this.handleSummaryLink(e, first)}
              >${localize(section.title, ctx.locale, ctx.definition.defaultLocale)}: ${ctx.strings.errorSummarySection(missing, issues.length - missing)}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderSurvey({ definition, locale, strings }: Localized): TemplateResult {
    const text = (t: LocalizedText) => localize(t, locale, definition.defaultLocale);
    if (this.submitted) {
      return html`<div class="survey" part="base" lang=${locale}>
        <div class="thanks" part="thanks" tabindex="-1" role="status">
          <p class="heading">${strings.submitted}</p>
          <p>${strings.submittedDetail}</p>
        </div>
        ${this.endpoint ? renderDeliveryStatus(strings, this.persistence?.delivery.status ?? 'idle', this.persistence?.storage.volatile ?? false) : nothing}
        ${this.kioskController?.renderThanks(locale) ?? nothing}
      </div>`;
    }
    const answers = this.answersController.answers;
    const shownIssues = this.answersController.shownIssues;
    const shown = new Map(shownIssues.map((issue) => [issue.itemId, issue]));
    const ctx: QuestionContext = { definition, locale, strings, answers, issueFor: (id) => shown.get(id) };
    const unofficial = definition.provenance.unofficialLocales.includes(locale);
    const stepSections = this.answersController.sections;
    const step = this.currentStep;
    const onScreen = this.paged ? stepSections.slice(step, step + 1) : stepSections;
    const lastStep = !this.paged || step === stepSections.length - 1;
    // After the first step, a short title and no introduction: the step's questions start near the top.
    const later = this.paged && step > 0;
    const title = later ? (definition.shortTitle ?? definition.title) : definition.title;
    return html`<div class="survey ${this.widthController.narrow ? '' : 'wide'}" part="base" lang=${locale}>
      <div class="intro">
        ${this.renderHeading(this.headingLevel, text(title), later ? 'short-title' : 'title')}
        ${definition.description && !later ? html`<p>${text(definition.description)}</p>` : nothing}
        ${later ? nothing : html`<p class="note">${strings.requiredNote}</p>`}
        ${unofficial ? html`<p class="note">${strings.unofficialTranslation}</p>` : nothing}
        ${renderDraftNotice(strings, this.persistence?.draft.restored ?? false, this.handleDiscardDraft)}
        ${renderStorageNote(strings, this.persistence?.storage.volatile ?? false)}
      </div>
      ${this.paged
        ? html`<div class="progress" part="progress">
            <p id="progress-text">${strings.stepProgress(step + 1, stepSections.length)}</p>
            <progress max=${stepSections.length} .value=${step + 1} aria-labelledby="progress-text"></progress>
          </div>`
        : nothing}
      ${this.renderErrorSummary(ctx, onScreen, shownIssues)}
      <form
        novalidate
        @submit=${(event: SubmitEvent) => this.handleSubmit(event, lastStep)}
        @change=${this.handleControl}
        @input=${this.handleControl}
      >
        <fieldset class="controls" role="none" ?disabled=${this.disabled}>
        ${onScreen.map(({ section, items }) => {
          const headingId = `s-${section.id}`;
          return html`<section class="section" part="section" aria-labelledby=${headingId}>
            ${this.renderHeading(this.headingLevel + 1, text(section.title), 'section', headingId)}
            ${section.description ? html`<p class="section-description">${text(section.description)}</p>` : nothing}
            ${items.map((item) => renderQuestion(item, ctx))}
          </section>`;
        })}
        <div class="actions">
          ${this.paged && step > 0
            ? html`<button type="button" class="secondary" part="back" @click=${this.handleBack}>${strings.back}</button>`
            : nothing}
          ${lastStep
            ? html`<button type="submit" part="submit">${strings.submit}</button>`
            : html`<button type="submit" part="next">${strings.next}</button>`}
        </div>
        </fieldset>
      </form>
      ${this.showProvenance
        ? html`<p class="provenance" part="provenance">
            ${strings.wordingProvenance(definition.provenance.wording)} ${strings.provenanceSource} ${definition.provenance.source}
          </p>`
        : nothing}
      ${this.kioskController?.renderIdleDialog(locale) ?? nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const setup = this.setupController.setup;
    const requested = this.languageController.requested;
    // Until a language's strings are loaded, the loading line and a configuration error are in Vietnamese.
    const strings = this.localeController.strings(requested || 'vi') ?? this.localeController.strings('vi')!;
    if (setup.status === 'error') return this.renderConfigurationError(strings);
    if (setup.status === 'ready' && this.localized) {
      if (this.layout !== 'print') return this.renderSurvey(this.localized);
      this.paper ??= import('../controllers/print-controller.js').then(
        ({ PrintController }) => (this.paper = new PrintController(this, (definition) => shownLocale(definition, this.languageController.requested))),
      );
      if ('render' in this.paper) return this.paper.render({ definition: this.localized.definition, context: setup.context });
    }
    return html`<p class="loading" part="base" lang=${strings.locale}>${strings.loading}</p>`;
  }
}
