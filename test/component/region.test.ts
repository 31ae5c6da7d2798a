// The whole region and "What would it take", as a reader meets them on the page.
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { islandsMounted, renderApp } from './app.ts';

async function settled() {
  await waitFor(() => expect(screen.getByTestId('total-stockholm-2022')).toBeInTheDocument());
  await islandsMounted();
}

describe('the whole region', () => {
  it('answers for the chosen number of GPs, and follows the GP and year sliders', async () => {
    const { app } = renderApp();
    await settled();
    const region = screen.getByRole('region', { name: 'The whole region' });
    const answer = within(region).getByTestId('region-answer');
    expect(answer).toHaveTextContent('With 1,240 GPs, about 55% of residents could have a named GP at 1,100 each.');
    await fireEvent.input(within(region).getByRole('slider', { name: 'Full-time GPs in the county' }), { target: { value: '1600' } });
    await waitFor(() => expect(answer).toHaveTextContent('With 1,600 GPs, about 71% of residents could have a named GP at 1,100 each.'));
    expect(within(region).getByRole('slider', { name: 'Full-time GPs in the county' })).toHaveAttribute('aria-valuetext', '1,600 GPs');
    await fireEvent.input(within(region).getByRole('slider', { name: 'Year' }), { target: { value: '2030' } });
    await waitFor(() => expect(region).toHaveTextContent('it has about 1,816 GPs in 2030'));
    expect(region).toHaveTextContent('held constant after that: no sourced population projection is used');
    expect(app.pageState().region).toEqual({ gps: 1600, year: 2030 });
  });

  it('shows the plan and the listing shares as tables on request, with the targets of the rule sets and the reminder that listed is not felt', async () => {
    renderApp();
    await settled();
    const region = screen.getByRole('region', { name: 'The whole region' });
    expect(within(region).getAllByRole('img')).toHaveLength(2);
    await fireEvent.click(within(region).getByRole('button', { name: 'Show as table' }));
    const plan = await within(region).findByRole('table', { name: /The Social Democrats' plan year by year/ });
    expect(within(plan).getAllByRole('row')).toHaveLength(12);
    expect(within(plan).getByRole('rowheader', { name: '2034' }).closest('tr')).toHaveTextContent('2,200');
    const listing = within(region).getByRole('table', { name: /listed on a named doctor/ });
    expect(listing).toHaveTextContent('Nov 2018');
    expect(listing).toHaveTextContent('62.2%');
    expect(region).toHaveTextContent('70%: Stockholm 2021');
    expect(region).toHaveTextContent(/80%: Liberalerna's proposal/);
    expect(region).toHaveTextContent('about three in ten people in Sweden said they have a regular doctor');
  });

  it('gives every figure its source or formula', async () => {
    renderApp();
    await settled();
    const region = screen.getByRole('region', { name: 'The whole region' });
    const figures = within(region).getByText('Where these figures come from').closest('details')!;
    expect(figures).toHaveTextContent('Tre av tio har en fast läkare och andelen ökar inte');
    expect(figures).toHaveTextContent('Att nå riktvärdet förutsätter en ökning från 1240 till 2200 allmänläkare i länet fram till 2034.');
    expect(figures).toHaveTextContent('A straight line: the plan gives only its two ends');
    expect(figures).toHaveTextContent('Formula: min(1, GPs × 1 100 ÷ residents)');
  });

  it('is in Swedish on the Swedish page', async () => {
    renderApp({ language: 'sv' });
    await settled();
    const region = screen.getByRole('region', { name: 'Hela regionen' });
    expect(within(region).getByTestId('region-answer')).toHaveTextContent(/^Med 1\s240 allmänläkare skulle ungefär 55\s% av invånarna/);
  });
});

describe('what would it take', () => {
  it('says, for each chosen rule set, what the bonus asks and would pay and the doctors for the cap', async () => {
    renderApp();
    await settled();
    const continuity = screen.getByRole('region', { name: 'Continuity' });
    const list = within(continuity).getByRole('list', { name: 'What would it take?' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByTestId('takes-stockholm-2022')).toHaveTextContent(
      /To earn the bonus under Stockholm 2022, this clinic needs 75% of its patients on a named doctor \(now 62%\) and at most 2,200 per doctor \(now 1,724\): it would get SEK.40,000 a year/,
    );
    await fireEvent.input(screen.getByRole('slider', { name: 'Full-time GPs' }), { target: { value: '4' } });
    await waitFor(() => expect(screen.getByTestId('takes-stockholm-2022')).toHaveTextContent('needs 4.5 full-time doctors: 0.5 more than now'));
  });
});
