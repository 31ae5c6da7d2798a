import type { Locator, Page } from 'playwright-core';

/** Presses Tab until the locator has focus, as a keyboard user would reach it. */
export async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((element) => document.activeElement === element, handle)) return;
  }
  throw new Error(`could not reach ${target} with Tab in ${maxPresses} presses`);
}
