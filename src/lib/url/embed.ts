// What an embed shows: which panels, and which rule-set versions it was
// published with (pins), so a story does not change when a rule set is
// corrected later.

export const PANELS = ['totals', 'clinic', 'rules', 'components', 'change', 'continuity', 'years', 'region', 'sweep', 'why', 'changed', 'sources'] as const;
export type PanelId = (typeof PANELS)[number];

/** What an embed shows when its link names no panels. */
export const DEFAULT_EMBED_PANELS: readonly PanelId[] = ['totals', 'clinic', 'change'];

/** An embed's yes/no looks, each set by <flag>=1: plain (no link out in the footer), transparent (no page background). */
export const EMBED_FLAGS = ['plain', 'transparent'] as const;

/**
 * A teacher's yes/no flags, each set by <flag>=1, in any view (the teachers' link builder makes them):
 * lock (the clinic's and the rules' inputs disabled) and projector (larger type, full contrast).
 */
export const CLASSROOM_FLAGS = ['lock', 'projector'] as const;

export interface EmbedSettings {
  enabled: boolean;
  panels: PanelId[];
  /** Rule-set id → content hash it was published with. */
  pins: Record<string, string>;
  /** pym.js's id for this child frame, when a pym.js parent made it. */
  childId: string | null;
  /** plain=1: no link out in the footer, for a newsroom that frames the embed itself. */
  plain: boolean;
  /** transparent=1: no page background, the host page's shows through. */
  transparent: boolean;
  /** lock=1: the clinic's and the rules' inputs are disabled, and the page says so. */
  lock?: boolean;
  /** projector=1: <html data-projector>, larger type, full contrast, nothing sticky. */
  projector?: boolean;
}

export function defaultEmbed(): EmbedSettings {
  return { enabled: false, panels: [...DEFAULT_EMBED_PANELS], pins: {}, childId: null, plain: false, transparent: false };
}
