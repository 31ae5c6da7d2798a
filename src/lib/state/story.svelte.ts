// The guided story's state: each chapter's input and the figures the core
// computed for it, the two predictions, and whether the page has been taken
// over by its script. The figures come from src/lib/story/figures.ts; the
// components only show them.

import { getContext } from 'svelte';
import { defaultClinic } from '../clinic/fields.ts';
import { RuleSetEvaluator } from '../engine/evaluator.ts';
import type { Language } from '../format/numbers.ts';
import type { Translate } from '../format/translate.ts';
import type { BonusChoice, PayChoice } from '../predict/question.ts';
import type { Catalog } from '../rules/catalog.ts';
import {
  bonusFigures,
  bonusReveal,
  changedFigures,
  continuityFigures,
  paidFigures,
  proposalReveal,
  whoCountsFigures,
  yourTurnFigures,
  type BonusFigures,
  type BonusReveal,
  type ProposalReveal,
  type StoryCore,
  type YourTurnInputs,
} from '../story/figures.ts';
import type { StoryWords } from '../story/text.ts';

/** One chapter's live element: its input, and the figures for it (always those of the latest input once they arrive). */
export class LiveChapter<I, F> {
  input = $state() as I;
  figures = $state.raw() as F;
  #latest = 0;

  constructor(
    private readonly compute: (input: I) => Promise<F>,
    initial: I,
  ) {
    this.input = initial;
  }

  async start(): Promise<void> {
    this.figures = await this.compute(this.input);
  }

  set(input: I): void {
    this.input = input;
    const request = ++this.#latest;
    void this.compute(input).then((figures) => {
      if (request === this.#latest) this.figures = figures;
    });
  }
}

/** A question the reader answers before the answer is worked out and shown. */
export class Prediction<C extends string, A> {
  choice = $state<C | null>(null);
  /** Set once revealed: the answer, and the choice it was given for. */
  revealed = $state.raw<{ choice: C; answer: A } | null>(null);
  revealing = $state(false);

  constructor(private readonly answer: () => Promise<A>) {}

  choose(choice: C): void {
    if (!this.revealed) this.choice = choice;
  }

  async reveal(): Promise<void> {
    const choice = this.choice;
    if (!choice || this.revealed || this.revealing) return;
    this.revealing = true;
    try {
      this.revealed = { choice, answer: await this.answer() };
    } finally {
      this.revealing = false;
    }
  }
}

export interface StoryOptions {
  catalog: Catalog;
  language: Language;
  t: Translate;
  /** Where the site is served from (Vite's base), for links to its other pages. */
  base: string;
}

export class StoryState {
  readonly language: Language;
  readonly t: Translate;
  readonly base: string;
  readonly core: StoryCore;
  readonly words: StoryWords;

  /** False in the prerendered page and until the script has taken it over: the predictions cannot be answered yet. */
  interactive = $state(false);

  readonly paid: LiveChapter<number, Awaited<ReturnType<typeof paidFigures>>>;
  readonly who: LiveChapter<number, Awaited<ReturnType<typeof whoCountsFigures>>>;
  readonly changed: LiveChapter<number, Awaited<ReturnType<typeof changedFigures>>>;
  readonly continuity: LiveChapter<number, Awaited<ReturnType<typeof continuityFigures>>>;
  readonly yourTurn: LiveChapter<YourTurnInputs, Awaited<ReturnType<typeof yourTurnFigures>>>;
  bonus = $state.raw() as BonusFigures;
  readonly bonusGuess: Prediction<BonusChoice, BonusReveal>;
  readonly proposalGuess: Prediction<PayChoice, ProposalReveal>;
  /** The answers, for the page without JavaScript only (inside <noscript>): set by the prerenderer. */
  noscript = $state.raw<{ bonus: BonusReveal; proposal: ProposalReveal } | null>(null);

  constructor(options: StoryOptions) {
    this.language = options.language;
    this.t = options.t;
    this.base = options.base;
    this.core = { catalog: options.catalog, evaluator: new RuleSetEvaluator() };
    this.words = { t: options.t, language: options.language, catalog: options.catalog };
    const clinic = defaultClinic();
    const core = this.core;
    this.paid = new LiveChapter((visits) => paidFigures(core, visits), clinic.visitsPerListedPatient);
    this.who = new LiveChapter((index) => whoCountsFigures(core, index), clinic.careNeedIndex);
    this.changed = new LiveChapter((share) => changedFigures(core, share), clinic.namedDoctorShare);
    this.continuity = new LiveChapter((doctors) => continuityFigures(core, doctors), clinic.doctors);
    this.yourTurn = new LiveChapter((inputs) => yourTurnFigures(core, inputs), {
      listedPatients: clinic.listedPatients,
      doctors: clinic.doctors,
      namedDoctorShare: clinic.namedDoctorShare,
    });
    this.bonusGuess = new Prediction(() => bonusReveal(core));
    this.proposalGuess = new Prediction(() => proposalReveal(core));
  }

  /** Every chapter's figures for its first input: before the page is rendered or hydrated. */
  async start(options: { noscript?: boolean } = {}): Promise<void> {
    const [bonus] = await Promise.all([
      bonusFigures(this.core),
      ...[this.paid, this.who, this.changed, this.continuity, this.yourTurn].map((chapter) => chapter.start()),
    ]);
    this.bonus = bonus;
    if (options.noscript) {
      const [bonusAnswer, proposalAnswer] = await Promise.all([bonusReveal(this.core), proposalReveal(this.core)]);
      this.noscript = { bonus: bonusAnswer, proposal: proposalAnswer };
    }
  }
}

const STORY_CONTEXT = Symbol('story');

export function getStory(): StoryState {
  return getContext<StoryState>(STORY_CONTEXT);
}

export function storyContext(story: StoryState): Map<symbol, StoryState> {
  return new Map([[STORY_CONTEXT, story]]);
}
