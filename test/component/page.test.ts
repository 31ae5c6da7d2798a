import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { catalogWith, ruleJson } from '../helpers/rules.ts';
import { islandsMounted, renderApp } from './app.ts';

const totalOf = (id: string) => screen.getByTestId(`total-${id}`).textContent?.replace(/\s+/g, ' ').trim();

async function settled() {
  await waitFor(() => expect(screen.getByTestId('total-stockholm-2022')).toBeInTheDocument());
  await islandsMounted();
}

describe('the explainer page', () => {
  it('opens with a lead, the default clinic and the default comparison', async () => {
    renderApp();
    await settled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What would your clinic be paid');
    expect(screen.getByRole('slider', { name: 'Listed patients' })).toHaveValue('10000');
    expect(screen.getByRole('combobox', { name: 'Baseline' })).toHaveValue('stockholm-2022');
    expect(screen.getByRole('checkbox', { name: /Liberalerna's proposal \(2022\) — first step/ })).toBeChecked();
    expect(totalOf('stockholm-2022')).toMatch(/^SEK 29\.5m\s*\*/);
    expect(totalOf('proposal-l-2022')).toMatch(/^SEK 29\.5m/);
  });

  it('describes every slider in words with aria-valuetext', async () => {
    renderApp();
    await islandsMounted();
    expect(screen.getByRole('slider', { name: 'Listed patients' })).toHaveAttribute('aria-valuetext', '10,000 listed patients');
    expect(screen.getByRole('slider', { name: 'Listed on a named doctor' })).toHaveAttribute('aria-valuetext', '62% listed on a named doctor');
    const all = screen.getAllByRole('slider');
    expect(all.filter((slider) => slider.closest('[data-island="clinic"]'))).toHaveLength(13);
    expect(all.filter((slider) => slider.closest('[data-island="region"]'))).toHaveLength(2);
    for (const slider of all) expect(slider.getAttribute('aria-valuetext')).toBeTruthy();
  });

  it('changes the total and the continuity panel when a slider moves', async () => {
    renderApp();
    await settled();
    const before = totalOf('stockholm-2022');
    const continuity = screen.getByRole('region', { name: 'Continuity' });
    expect(continuity).toHaveTextContent('1,724 listed patients per full-time doctor');
    await fireEvent.input(screen.getByRole('slider', { name: 'Listed patients' }), { target: { value: '20000' } });
    await waitFor(() => expect(totalOf('stockholm-2022')).not.toBe(before));
    expect(totalOf('stockholm-2022')).toMatch(/^SEK 58\.7m/);
    expect(continuity).toHaveTextContent('3,448 listed patients per full-time doctor');
    expect(screen.getByRole('slider', { name: 'Listed patients' })).toHaveAttribute('aria-valuetext', '20,000 listed patients');
  });

  it('explains a bonus lost or earned in the continuity panel, with the failed condition', async () => {
    renderApp();
    await settled();
    const bonusCell = () => screen.getByTestId('bonus-stockholm-2022');
    expect(bonusCell()).toHaveTextContent('not earned: share listed on a named doctor is 62%, needs at least 75%');
    await fireEvent.input(screen.getByRole('slider', { name: 'Listed on a named doctor' }), { target: { value: '0.8' } });
    await waitFor(() => expect(bonusCell()).toHaveTextContent(/^\s*earned\s*$/));
  });

  it('takes an exact value in the number field, and refuses one out of range with a message', async () => {
    const user = userEvent.setup();
    renderApp();
    await settled();
    const exact = screen.getByRole('spinbutton', { name: 'Full-time GPs, exact value' });
    await user.clear(exact);
    await user.type(exact, '8');
    await user.tab();
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Full-time GPs' })).toHaveValue('8'));
    await user.clear(exact);
    await user.type(exact, '400');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a number from 0.5 to 40.0.');
    expect(screen.getByRole('slider', { name: 'Full-time GPs' })).toHaveValue('8');
  });

  it('switches language without losing any input', async () => {
    const user = userEvent.setup();
    renderApp();
    await settled();
    await fireEvent.input(screen.getByRole('slider', { name: 'Listed patients' }), { target: { value: '15000' } });
    await user.click(screen.getByRole('checkbox', { name: /Stockholm 2026/ }));
    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vad skulle din vårdcentral få betalt'));
    expect(screen.getByRole('slider', { name: 'Listade patienter' })).toHaveValue('15000');
    expect(screen.getByRole('slider', { name: 'Listade patienter' })).toHaveAttribute('aria-valuetext', '15\u00a0000 listade patienter');
    expect(screen.getByRole('checkbox', { name: /Stockholm 2026/ })).toBeChecked();
    expect(totalOf('stockholm-2022')).toMatch(/^44,1 mnkr/);
    await user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Listed patients' })).toHaveValue('15000'));
  });

  it('changes the results when another comparison is chosen', async () => {
    const user = userEvent.setup();
    renderApp();
    await settled();
    await user.click(screen.getByRole('checkbox', { name: /Social Democrats' action plan \(2024\) — graded/ }));
    await waitFor(() => expect(screen.getByTestId('total-proposal-s-2024')).toBeInTheDocument());
    await user.click(screen.getByRole('checkbox', { name: /Liberalerna's proposal \(2022\) — first step/ }));
    await waitFor(() => expect(screen.queryByTestId('total-proposal-l-2022')).not.toBeInTheDocument());
    const change = screen.getByRole('region', { name: 'Where the difference comes from' });
    expect(within(change).getByRole('table', { name: /to Social Democrats' action plan/ })).toHaveTextContent('Pay for shorter lists');
    const changed = screen.getByRole('region', { name: 'What changed in the rules' });
    expect(changed).toHaveTextContent('New in these rules: Pay for shorter lists.');
  });

  it('lets the baseline change, and never compares a rule set with itself', async () => {
    const user = userEvent.setup();
    renderApp();
    await settled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Baseline' }), 'stockholm-2021');
    await waitFor(() => expect(screen.getByTestId('total-stockholm-2021')).toBeInTheDocument());
    expect(screen.getByRole('checkbox', { name: /^Stockholm 2022/ })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /^Stockholm 2022/ }));
    const changed = screen.getByRole('region', { name: 'What changed in the rules' });
    await waitFor(() => expect(changed).toHaveTextContent('Target share listed on a named doctor: 70% → 75%.'));
    expect(changed).toHaveTextContent('Höjt mål för andel patienter listade på fast läkare från 70 till 75 procent.');
  });

  it('applies an example clinic, marked illustrative, and resets', async () => {
    const user = userEvent.setup();
    renderApp();
    await settled();
    const preset = screen.getByRole('button', { name: /^Many elderly\s*\*\s*\(illustrative\)$/ });
    await user.click(preset);
    expect(preset).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('slider', { name: 'Aged 75 and over' })).toHaveValue('0.18');
    await user.click(screen.getByRole('button', { name: 'Reset to the typical clinic' }));
    expect(screen.getByRole('slider', { name: 'Aged 75 and over' })).toHaveValue('0.066');
  });

  it('marks numbers that illustrative figures drive, and explains the mark', async () => {
    renderApp();
    await settled();
    expect(screen.getByTestId('total-stockholm-2022')).toHaveTextContent('(illustrative)');
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent('Illustrative: the amount rests on at least one figure that no public source gives');
    const why = screen.getByRole('region', { name: 'Why these amounts' });
    expect(why).toHaveTextContent('Named-doctor bonus');
    // A closed explanation is not built; opening it builds it.
    expect(why).not.toHaveTextContent('Does not apply');
    await userEvent.setup().click(within(why).getByText('Named-doctor bonus'));
    await waitFor(() => expect(why).toHaveTextContent('Does not apply: share listed on a named doctor is 62%, needs at least 75%.'));
    expect(why).toHaveTextContent('10,000 listed × SEK 4 per listed patient a year = SEK 40,000 if it applied; it does not, so SEK 0');
  });

  it('shows the components as a table on request', async () => {
    const user = userEvent.setup();
    renderApp();
    await settled();
    const panel = screen.getByRole('region', { name: 'What the pay is made of' });
    await user.click(within(panel).getByRole('button', { name: 'Show as table' }));
    expect(within(panel).getByRole('button', { name: 'Show as chart' })).toHaveAttribute('aria-pressed', 'true');
    const table = within(panel).getByRole('table', { name: 'Pay a year by component' });
    expect(table).toBeVisible();
    expect(within(table).getByRole('rowheader', { name: 'Listing payment' })).toBeInTheDocument();
  });

  it('names a broken rule set in the page and keeps the others working', async () => {
    const broken = ruleJson('proposal-s-2024.json');
    broken.components[0].when = { all: [{ fact: 'patientsPerDoctor', operator: 'fewerThan', value: { parameter: 'listSizeCap' } }] };
    renderApp({ catalog: catalogWith({ 'proposal-s-2024.json': JSON.stringify(broken) }) });
    await settled();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The rule set "proposal-s-2024" (proposal-s-2024.json) could not be loaded');
    expect(alert).toHaveTextContent('$.components[0].when.all[0].operator');
    expect(screen.queryByRole('checkbox', { name: /Social Democrats/ })).not.toBeInTheDocument();
    expect(totalOf('proposal-l-2022')).toMatch(/^SEK 29\.5m/);
  });

  it('announces the result politely once the inputs settle', async () => {
    renderApp();
    await settled();
    const live = screen.getByTestId('live-summary');
    expect(live).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(live).toHaveTextContent('Stockholm 2022: SEK 29.5m a year.'), { timeout: 2000 });
    expect(live).toHaveTextContent('The named-doctor bonus is not earned under Stockholm 2022.');
  });
});
