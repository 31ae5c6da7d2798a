// How a difference reads: a gain or a loss only when its whole range lies on
// one side of zero, "unclear" when it crosses zero. Its own small module: the
// page's first view words its numbers with it, long before any range is
// worked out (range.ts, loaded later).

export function differenceDirection(range: { low: number; high: number; value: number }): 'gain' | 'loss' | 'none' | 'unclear' {
  if (range.low > 0.5) return 'gain';
  if (range.high < -0.5) return 'loss';
  if (Math.abs(range.low) <= 0.5 && Math.abs(range.high) <= 0.5) return 'none';
  return 'unclear';
}
