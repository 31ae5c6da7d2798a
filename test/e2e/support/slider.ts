// Dragging a range slider's thumb with the mouse, as a person does: shared by
// the end-to-end tests and `npm run perf`.
import type { Page } from 'playwright-core';

export interface GrabbedThumb {
  /** Where the thumb was, 0–1 of the slider's range. */
  from: number;
  /** Moves the held thumb to `fraction` (0–1) of the slider's width. */
  moveTo: (fraction: number) => Promise<void>;
}

/** Scrolls the named slider into view, puts the mouse on its thumb and presses; release with page.mouse.up(). */
export async function grabThumb(page: Page, name: string): Promise<GrabbedThumb> {
  const slider = page.getByRole('slider', { name });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const from = await slider.evaluate((input: HTMLInputElement) => (Number(input.value) - Number(input.min)) / (Number(input.max) - Number(input.min)));
  // A native range's thumb travels the width less its own (about 16 px): aim at its centre.
  const x = (fraction: number) => box.x + 8 + (box.width - 16) * fraction;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  return { from, moveTo: (fraction) => page.mouse.move(x(fraction), y) };
}
