import type { ReactiveControllerHost } from 'lit';
import { applyAnswer, pruneAnswers, sameAnswers, shownSections, type ShownSection } from '../model/answers.js';
import { validateAnswers, type ValidationIssue } from '../model/validation.js';
import type { Definition } from '../schema/definition.js';
import type { Answers, AnswerValue } from '../schema/response.js';

/**
 * Holds the one answers object (the single source of truth) and what is derived from it: issues, and which
 * issues the citizen should see yet (after touching a question, or after a submit attempt).
 */
export class AnswersController {
  answers: Answers = {};
  /** When the citizen first answered; the response's `startedAt`. */
  startedAt: Date | undefined;
  submitAttempted = false;
  private readonly touched = new Set<string>();
  /** Items whose step the citizen tried to leave (paged layout): their issues, required ones too, are shown. */
  private readonly revealed = new Set<string>();
  private definition: Definition | undefined;
  private issuesCache: { answers: Answers; issues: ValidationIssue[] } | undefined;
  private sectionsCache: { answers: Answers; sections: ShownSection[] } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
  }

  /** Adopts a (new) definition, keeping answers whose items still exist and are shown. */
  useDefinition(definition: Definition): void {
    if (definition === this.definition) return;
    this.definition = definition;
    this.answers = pruneAnswers(definition, this.answers);
    this.host.requestUpdate();
  }

  /** Records the citizen's answer; returns whether anything changed. */
  answer(itemId: string, value: AnswerValue | undefined, now: Date): boolean {
    if (!this.definition) return false;
    const next = applyAnswer(this.definition, this.answers, itemId, value);
    this.touched.add(itemId);
    if (sameAnswers(next, this.answers)) return false;
    this.answers = next;
    this.startedAt ??= now;
    this.host.requestUpdate();
    return true;
  }

  /**
   * Puts back answers saved earlier (a draft), under any the citizen gave meanwhile; a programmatic change, so
   * no question counts as touched.
   */
  restore(saved: Answers, startedAt: Date | undefined): void {
    if (!this.definition) return;
    this.answers = pruneAnswers(this.definition, { ...saved, ...this.answers });
    if (startedAt && (!this.startedAt || startedAt < this.startedAt)) this.startedAt = startedAt;
    this.host.requestUpdate();
  }

  /** The sections shown for the current answers, with their shown items: what is rendered, and the steps. */
  get sections(): ShownSection[] {
    if (!this.definition) return [];
    if (this.sectionsCache?.answers !== this.answers) {
      this.sectionsCache = { answers: this.answers, sections: shownSections(this.definition, this.answers) };
    }
    return this.sectionsCache.sections;
  }

  get issues(): ValidationIssue[] {
    if (!this.definition) return [];
    if (this.issuesCache?.answers !== this.answers) {
      this.issuesCache = { answers: this.answers, issues: validateAnswers(this.definition, this.answers) };
    }
    return this.issuesCache.issues;
  }

  /**
   * The issues to show now: all after a submit attempt; those of a step the citizen tried to leave; else only
   * those of questions the citizen touched (never "required" for a question not yet reached).
   */
  get shownIssues(): ValidationIssue[] {
    if (this.submitAttempted) return this.issues;
    // Nothing touched, nothing revealed: nothing to show, and no validation run (every survey's first render).
    if (this.touched.size === 0 && this.revealed.size === 0) return [];
    return this.issues.filter(
      (issue) => this.revealed.has(issue.itemId) || (this.touched.has(issue.itemId) && issue.code !== 'required'),
    );
  }

  /** Shows the issues of these items from now on; returns those issues. */
  reveal(itemIds: readonly string[]): ValidationIssue[] {
    for (const id of itemIds) this.revealed.add(id);
    this.host.requestUpdate();
    return this.issues.filter((issue) => itemIds.includes(issue.itemId));
  }

  /** Forgets the answers and everything derived from them (the caches hold the last answers object too). */
  reset(): void {
    this.answers = {};
    this.startedAt = undefined;
    this.submitAttempted = false;
    this.touched.clear();
    this.revealed.clear();
    this.issuesCache = undefined;
    this.sectionsCache = undefined;
    this.host.requestUpdate();
  }
}
