// "Predict, then reveal": the question a teacher's link asks, the student's
// choice, and the answer once revealed. Until then the page keeps every
// result out of the DOM (hidesResults). The answer itself is worked out by
// src/lib/predict/question.ts, loaded only when a link asks a question.

import type { PredictAnswer, PredictChoice } from '../predict/question.ts';
import type { PredictQuestion } from '../predict/target.ts';
import type { ScenarioSnapshot } from './scenario.svelte.ts';

export class PredictState {
  /** The question the address asks; null on an ordinary page. */
  question = $state<PredictQuestion | null>(null);
  choice = $state<PredictChoice | null>(null);
  /** Set when the student reveals the answer. */
  answer = $state.raw<PredictAnswer | null>(null);
  /** The scenario the answer is for: the question's, as it was when revealed. */
  asked = $state.raw<ScenarioSnapshot | null>(null);

  /** `applies` says whether a question can be asked of the current scenario; one that cannot hides nothing. */
  constructor(
    question: PredictQuestion | null,
    private readonly applies: (question: PredictQuestion) => boolean,
  ) {
    this.question = question;
  }

  /** True while a question waits for its answer: the results must not be in the page. */
  get hidesResults(): boolean {
    return this.question !== null && this.answer === null && this.applies(this.question);
  }

  choose(choice: PredictChoice): void {
    if (this.answer === null) this.choice = choice;
  }

  reveal(answer: PredictAnswer, asked: ScenarioSnapshot): void {
    this.answer = answer;
    this.asked = asked;
  }

  /** The address asked another question (back or forward): start it afresh. */
  restore(question: PredictQuestion | null): void {
    if (question === this.question) return;
    this.question = question;
    this.choice = null;
    this.answer = null;
    this.asked = null;
  }
}
