// The three lesson plans' numbers: every answer that is a number comes from
// the core (the story's chapter functions, src/lib/story/figures.ts, which
// evaluate the region's average clinic with the explainer's catalog and
// evaluator). No wording and no DOM here: the teachers' page words them.

import { GROWN_LISTED, bonusFigures, bonusReveal, changedFigures, continuityFigures, paidFigures, proposalReveal, STORY_RULES, storyClinic, type BonusFigures, type BonusReveal, type ContinuityFigures, type PaidFigures, type ProposalReveal, type StoryCore } from '../story/figures.ts';

export const LESSONS = ['incentives', 'proposals', 'continuity'] as const;
export type LessonId = (typeof LESSONS)[number];

export interface LessonFigures {
  /** The average clinic's pay under Stockholm 2022, by part. */
  paid: PaidFigures;
  /** Its named-doctor bonus as it is (not earned at 62 %). */
  bonus: BonusFigures;
  /** The same clinic at the bonus's target share: earned. */
  atTarget: BonusFigures;
  /** The clinic grown to 12 000 listed: does it keep the bonus's conditions? */
  grown: BonusReveal;
  /** Liberalerna's proposal against Stockholm 2022, with its range; Socialdemokraterna's beside it. */
  proposal: ProposalReveal;
  /** Patients per doctor against Socialstyrelsen's 1 100; listed against felt. */
  continuity: ContinuityFigures;
}

export const LESSON_RULES = STORY_RULES;
export { GROWN_LISTED };

export async function lessonFigures(core: StoryCore): Promise<LessonFigures> {
  const clinic = storyClinic();
  const bonus = await bonusFigures(core);
  const [paid, changed, grown, proposal, continuity] = await Promise.all([
    paidFigures(core, clinic.visitsPerListedPatient),
    changedFigures(core, bonus.target),
    bonusReveal(core),
    proposalReveal(core),
    continuityFigures(core, clinic.doctors),
  ]);
  return { paid, bonus, atTarget: changed.years[1], grown, proposal, continuity };
}
