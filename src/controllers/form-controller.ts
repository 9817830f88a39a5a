import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ValidationCode, ValidationIssue } from '../model/validation.js';
import type { SurveyResponse } from '../schema/response.js';

/** What the form controller reads from its element. */
export interface FormSource {
  /** What value and validity depend on, compared item by item to skip rebuilding the same value on every render. */
  inputs(): readonly unknown[];
  /** The response to submit with the form, or undefined while no questionnaire is shown (loading, an error). */
  response(): SurveyResponse | undefined;
  /** The problems with the answers now, also those not shown yet. */
  issues(): readonly ValidationIssue[];
  /** The sentence the citizen reads about an issue, in the response's language (the questionnaire's on screen). */
  message(issue: ValidationIssue, locale: string): string;
  /** The control the browser points its validation message at, and focuses: the issue's question, else one on screen. */
  anchor(issue: ValidationIssue): HTMLElement | undefined;
  /** The form refused to submit: show the problems in the questionnaire too, as after its own submit. */
  showIssues(): void;
}

/** The constraint-validation flag of each kind of problem; the others are a custom error with the same message. */
const VALIDITY_FLAGS: Partial<Record<ValidationCode, keyof ValidityStateFlags>> = { required: 'valueMissing', 'too-long': 'tooLong' };

/**
 * Makes the element a control of the portal's own `<form>` through its ElementInternals: the response (JSON) is its
 * value under its `name`, its validity that of the answers (a missing required answer is `valueMissing`, pointed at
 * the first such question), and a disabled fieldset around it (or its own `disabled`) disables its controls. Value
 * and validity are kept only while the element belongs to a form, so a survey on its own pays nothing for them.
 */
export class FormController implements ReactiveController {
  /** Whether a disabled fieldset around the element, or its own `disabled` attribute, disables it. */
  disabled = false;
  private synced: readonly unknown[] | undefined;
  private listeners: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly internals: ElementInternals,
    private readonly source: FormSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    // Fired on the element when the form (or a script's checkValidity) finds the answers incomplete.
    this.host.addEventListener('invalid', () => this.source.showIssues(), { signal: this.listeners.signal });
  }

  hostDisconnected(): void {
    this.listeners?.abort();
  }

  hostUpdated(): void {
    if (!this.internals.form) return;
    const inputs = this.source.inputs();
    if (this.synced && inputs.length === this.synced.length && inputs.every((input, i) => input === this.synced![i])) return;
    this.synced = inputs;
    const response = this.source.response();
    const issue = response ? this.source.issues()[0] : undefined;
    // Incomplete answers give no value, like an empty text field: FormData then leaves the name out.
    this.internals.setFormValue(response && !issue ? JSON.stringify(response) : null);
    if (issue) this.internals.setValidity({ [VALIDITY_FLAGS[issue.code] ?? 'customError']: true }, this.source.message(issue, response!.locale), this.source.anchor(issue));
    else this.internals.setValidity({});
  }

  /** The element joined or left a form: value and validity are computed for it at the next update. */
  formAssociated(): void {
    this.synced = undefined;
    this.host.requestUpdate();
  }

  formDisabled(disabled: boolean): void {
    this.disabled = disabled;
    this.host.requestUpdate();
  }
}
