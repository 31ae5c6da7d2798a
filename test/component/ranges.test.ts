// Every result shows its range: beside each total, beside each difference
// (worded "unclear" when the range crosses zero), and what moves it most.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { islandsMounted, renderApp } from './app.ts';

const text = (testId: string) => screen.getByTestId(testId).textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ranges on the page', () => {
  it('shows each total\'s range once it is worked out, and calls Liberalerna\'s difference for the average clinic unclear', async () => {
    renderApp();
    await waitFor(() => expect(text('range-stockholm-2022')).toMatch(/^Range: SEK \d+(\.\d)?m to SEK \d+(\.\d)?m$/));
    // +SEK 40,000 for extended hours, but the readings of the shift move it both ways.
    await waitFor(() => expect(text('change-proposal-l-2022')).toBe('Unclear: +SEK 40,000 against the baseline'));
    expect(screen.getByTestId('change-proposal-l-2022').nextElementSibling).toHaveTextContent(
      /^From -SEK \d+,000 to \+SEK \d+,000 over the figures no source gives: it may be a gain or a loss\.$/,
    );
    expect(screen.getByTestId('change-proposal-l-2022')).toHaveAttribute('data-direction', 'unclear');
  });

  it('ranks what the difference depends on in a table, largest first, with whose figure each is', async () => {
    renderApp();
    await islandsMounted();
    const table = await screen.findByRole('table', { name: /How much each uncertain figure moves the difference to Liberalerna's proposal/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(2);
    const sizes = rows.map((row) => {
      const [low, high] = within(row).getAllByRole('cell').slice(0, 2).map((cell) => Math.abs(parseFloat(cell.textContent!.replace(/[^\d.-]/g, '')) * (/m/.test(cell.textContent!) ? 1e6 : 1)));
      return Math.max(low, high);
    });
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent(/Visits per listed patient|listing/i);
  });

  it('drops a range that no longer fits the inputs at once, and works out the new one', async () => {
    renderApp();
    await waitFor(() => expect(text('range-stockholm-2022')).not.toBe(''));
    await fireEvent.input(screen.getByRole('slider', { name: 'Full-time GPs' }), { target: { value: '10' } });
    // The range of the old inputs is gone at once; the new one follows.
    expect(text('range-stockholm-2022')).toBe('');
    await waitFor(() => expect(text('range-stockholm-2022')).toMatch(/^Range:/));
  });
});

describe('the region-wide view in "What changed"', () => {
  it('says what a proposal adds to its year\'s budget, region-wide, each addition marked as a reading where it is one', async () => {
    renderApp();
    await islandsMounted();
    const line = await screen.findByTestId('budget-proposal-l-2022');
    expect(line.textContent?.replace(/\s+/g, ' ')).toMatch(/Multiplied out to the region, Liberalerna's proposal .* pays SEK [\d.,]+\w* against the Stockholm 2022 budget of SEK [\d.,]+\w*\. What it adds or moves, region-wide:/);
    const items = within(line.nextElementSibling as HTMLElement).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toContainEqual(expect.stringMatching(/^Extended opening hours \+SEK 8\.\d+m\s*\*\s*\(illustrative\) \(a reading\)$/));
    expect(items.filter((item) => /^(Listing payment|Visit pay, own patients)/.test(item!))).toHaveLength(2);
  });
});
