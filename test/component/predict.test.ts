import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { defaultScenario } from '../../src/lib/state/scenario.svelte.ts';
import { defaultEmbed } from '../../src/lib/url/embed.ts';
import { renderApp } from './app.ts';

/** Anything that would give the answer away: an amount in kronor, a total, a results panel, the live summary. */
function expectNoResults() {
  const text = document.body.textContent ?? '';
  expect(text).not.toMatch(/SEK\s?[\d.,]+/);
  expect(text).not.toMatch(/mnkr|\bkr\b/);
  expect(document.querySelector('[data-testid^="total-"]')).toBeNull();
  expect(screen.queryByRole('region', { name: 'Pay a year' })).not.toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Continuity' })).not.toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Where the difference comes from' })).not.toBeInTheDocument();
  expect(screen.queryByTestId('live-summary')).not.toBeInTheDocument();
}

const question = () => screen.findByRole('group', { name: /does this clinic get more or less pay than under/ });
const revealButton = () => screen.getByRole('button', { name: 'Show the answer' });

describe('a predict link for the pay question', () => {
  it('shows the scenario and the question, and keeps every result out of the page', async () => {
    renderApp({ predict: 'pay' });
    const group = await question();
    expect(group).toHaveAccessibleName(/^Under “Liberalerna's proposal \(2022\).*”, does this clinic get more or less pay than under “Stockholm 2022”\?$/);
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['more', 'less', 'same']);
    expect(within(group).getByRole('radio', { name: 'About the same (a difference of at most 0.5%)' })).toBeInTheDocument();
    const view = screen.getByRole('region', { name: 'Guess first' });
    expect(view).toHaveTextContent('Baseline: Stockholm 2022');
    expect(view).toHaveTextContent('10,000 listed patients');
    expect(view).toHaveTextContent('62% listed on a named doctor');
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    expect(revealButton()).toBeDisabled();
    // The results are worked out in the background all the same; they just are not shown.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expectNoResults();
  });

  it('enables the reveal once a choice is made, then shows the verdict, the numbers and the explanation, and the results', async () => {
    const user = userEvent.setup();
    const { app } = renderApp({ predict: 'pay' });
    await question();
    await user.click(screen.getByRole('radio', { name: /About the same/ }));
    expect(revealButton()).toBeEnabled();
    expectNoResults();
    await user.click(revealButton());

    const heading = await screen.findByRole('heading', { name: 'The answer' });
    expect(heading).toHaveFocus();
    const answer = screen.getByTestId('predict-answer');
    // Liberalerna's shift to listing pay is budget-neutral: for the average clinic only the extended-hours reading remains.
    expect(answer).toHaveTextContent('Right! You answered “About the same”.');
    expect(answer).toHaveTextContent(/the clinic gets SEK 29\.5m a year, and under “Stockholm 2022” SEK 29\.5m\. The difference is only \+SEK 40,000 \(\+0\.1%\)/);
    expect(answer).toHaveTextContent('“About the same” means here that the difference is at most 0.5% of the pay under “Stockholm 2022”.');
    const items = within(answer).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect([...items.slice(0, 2)].sort()).toEqual(['Listing payment: +SEK 1.48m', 'Visit pay, own patients: -SEK 1.48m']);
    expect(items[2]).toBe('Extended opening hours: +SEK 40,000');
    expect(screen.getByTestId('predict-announcement')).toHaveTextContent(/^Right! You answered “About the same”\. Under .* the clinic gets SEK 29\.5m a year/);
    expect(screen.queryByRole('group', { name: /more or less pay/ })).not.toBeInTheDocument();

    await waitFor(() => expect(screen.getByTestId('total-stockholm-2022')).toHaveTextContent(/^SEK 29\.5m/));
    expect(await screen.findByRole('slider', { name: 'Listed patients' })).toBeInTheDocument();
    expect(app.pageState().predict).toBe('pay');
  });

  it('says so when the guess is wrong', async () => {
    const user = userEvent.setup();
    renderApp({ predict: 'pay' });
    await question();
    await user.click(screen.getByRole('radio', { name: 'More' }));
    await user.click(revealButton());
    expect(await screen.findByTestId('predict-answer')).toHaveTextContent('Not quite. You answered “More”, but the answer is “About the same”.');
  });

  it('keeps the answer for the question’s scenario after the class explores, and can go back to it', async () => {
    const user = userEvent.setup();
    const { app } = renderApp({ predict: 'pay' });
    await question();
    await user.click(screen.getByRole('radio', { name: /About the same/ }));
    await user.click(revealButton());
    const answer = await screen.findByTestId('predict-answer');
    app.scenario.setField('listedPatients', 20000);
    await waitFor(() => expect(answer).toHaveTextContent('You have changed the clinic or the rules since you answered.'));
    expect(answer).toHaveTextContent('SEK 29.5m a year');
    await user.click(within(answer).getByRole('button', { name: "Back to the question's clinic and rules" }));
    expect(app.scenario.clinic.listedPatients).toBe(10000);
    expect(answer).not.toHaveTextContent('You have changed');
  });

  it('in Swedish, names the choices and the button as a student would read them', async () => {
    renderApp({ predict: 'pay', language: 'sv' });
    const group = await screen.findByRole('group', { name: /^Får vårdcentralen mer eller mindre betalt enligt/ });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Mer',
      'Mindre',
      'Ungefär lika mycket (skillnaden är högst 0,5 %)',
    ]);
    expect(screen.getByRole('button', { name: 'Visa svaret' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Hoppa till frågan' })).toHaveAttribute('href', '#predict');
  });

  it('says the pay question does not apply without a comparison, and shows the results', async () => {
    renderApp({ predict: 'pay', scenario: { ...defaultScenario(), comparisons: [] } });
    expect(await screen.findByTestId('predict-not-applicable')).toHaveTextContent('there are no rules to compare with');
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('total-stockholm-2022')).toBeInTheDocument());
  });
});

describe('a predict link for the bonus question', () => {
  it('asks about the first comparison and explains a bonus not earned with the failed condition', async () => {
    const user = userEvent.setup();
    renderApp({ predict: 'bonus' });
    const group = await screen.findByRole('group', { name: /^Does this clinic earn the named-doctor bonus under “Liberalerna's proposal/ });
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['yes', 'no']);
    expectNoResults();
    await user.click(within(group).getByRole('radio', { name: 'Yes' }));
    await user.click(revealButton());
    const answer = await screen.findByTestId('predict-answer');
    expect(answer).toHaveTextContent('Not quite. You answered “Yes”, but the answer is “No”.');
    expect(answer).toHaveTextContent(/does not earn the named-doctor bonus\. It would have been worth SEK 60,000 a year\./);
    expect(answer).toHaveTextContent('What is missing:');
    expect(within(answer).getByRole('listitem')).toHaveTextContent('share listed on a named doctor is 62%, needs at least 80%');
    await waitFor(() => expect(screen.getByTestId('bonus-proposal-l-2022')).toBeInTheDocument());
  });

  it('asks about the baseline when there is no comparison, and explains a bonus earned', async () => {
    const user = userEvent.setup();
    const scenario = defaultScenario();
    renderApp({ predict: 'bonus', scenario: { ...scenario, comparisons: [], clinic: { ...scenario.clinic, namedDoctorShare: 0.8 } } });
    await screen.findByRole('group', { name: 'Does this clinic earn the named-doctor bonus under “Stockholm 2022”?' });
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(revealButton());
    const answer = await screen.findByTestId('predict-answer');
    expect(answer).toHaveTextContent('Right! You answered “Yes”.');
    expect(answer).toHaveTextContent('the clinic earns the named-doctor bonus: SEK 40,000 a year.');
    expect(answer).toHaveTextContent('The clinic meets the conditions:');
    expect(answer).toHaveTextContent('share listed on a named doctor is 80%, at least 75%');
  });

  it('says the question does not apply to rules without a named-doctor bonus, and hides nothing', async () => {
    renderApp({ predict: 'bonus', scenario: { ...defaultScenario(), baseline: 'stockholm-2019', comparisons: [] } });
    expect(await screen.findByTestId('predict-not-applicable')).toHaveTextContent(
      'This question does not apply here: “Stockholm 2019” has no named-doctor bonus.',
    );
    expect(screen.queryByRole('button', { name: 'Show the answer' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('total-stockholm-2019')).toBeInTheDocument());
  });
});

describe('a predict link in an embed', () => {
  it('shows the question in place of the panels until the answer is revealed', async () => {
    const user = userEvent.setup();
    renderApp({ predict: 'pay', embed: { ...defaultEmbed(), enabled: true, panels: ['totals', 'change'] } });
    await question();
    expectNoResults();
    expect(await screen.findByText(/Open the full explainer/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Less' }));
    await user.click(revealButton());
    expect(await screen.findByTestId('predict-answer')).toHaveTextContent('Not quite.');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Pay a year' })).toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Where the difference comes from' })).toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
  });
});

describe('the teacher’s link maker', () => {
  async function openTool(user: ReturnType<typeof userEvent.setup>) {
    const summary = await screen.findByText('For teachers: make a question');
    await user.click(summary);
    return summary.closest('details')!;
  }

  it('is collapsed at first and offers both questions for the default scenario, with a link for each', async () => {
    const user = userEvent.setup();
    renderApp();
    const tool = await openTool(user);
    expect(tool).toHaveAttribute('open');
    const group = within(tool).getByRole('group', { name: 'Question' });
    const pay = within(group).getByRole('radio', { name: /more or less pay than under “Stockholm 2022”/ });
    const bonus = within(group).getByRole('radio', { name: /earn the named-doctor bonus under “Liberalerna's proposal/ });
    expect(pay).toBeChecked();
    const field = within(tool).getByRole('textbox', { name: 'Link to the question' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue(`${location.origin}/en/question/?predict=pay`);
    await user.click(bonus);
    expect(field).toHaveValue(`${location.origin}/en/question/?predict=bonus`);
    expect(within(tool).getByRole('link', { name: /Open the question/ })).toHaveAttribute('href', `${location.origin}/en/question/?predict=bonus`);
  });

  it('puts the current scenario in the link', async () => {
    const user = userEvent.setup();
    const { app } = renderApp();
    const tool = await openTool(user);
    app.scenario.setField('listedPatients', 12000);
    app.scenario.toggleComparison('stockholm-2026');
    const field = within(tool).getByRole('textbox', { name: 'Link to the question' });
    await waitFor(() => expect(field).toHaveValue(`${location.origin}/en/question/?listed=12000&cmp=proposal-l-2022,stockholm-2026&predict=pay`));
  });

  it('offers only the questions the scenario allows, and says why not', async () => {
    const user = userEvent.setup();
    renderApp({ scenario: { ...defaultScenario(), baseline: 'stockholm-2019', comparisons: [] } });
    const tool = await openTool(user);
    expect(within(tool).queryByRole('radio')).not.toBeInTheDocument();
    expect(tool).toHaveTextContent('Choose rules to compare with to ask about the pay.');
    expect(tool).toHaveTextContent('No question about the bonus: “Stockholm 2019” has no named-doctor bonus.');
    expect(within(tool).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('copies the link to the clipboard', async () => {
    const user = userEvent.setup();
    renderApp();
    const tool = await openTool(user);
    await user.click(within(tool).getByRole('button', { name: 'Copy the link' }));
    expect(await navigator.clipboard.readText()).toBe(`${location.origin}/en/question/?predict=pay`);
    expect(within(tool).getByRole('status')).toHaveTextContent('The link is copied.');
  });

  it('selects the link in its field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const refuse = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    Object.defineProperty(navigator.clipboard, 'writeText', { value: refuse, configurable: true });
    onTestFinished(() => void delete (navigator.clipboard as unknown as Record<string, unknown>).writeText);
    renderApp();
    const tool = await openTool(user);
    await user.click(within(tool).getByRole('button', { name: 'Copy the link' }));
    const field = within(tool).getByRole('textbox', { name: 'Link to the question' }) as HTMLInputElement;
    await waitFor(() => expect(field).toHaveFocus());
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(within(tool).getByRole('status')).toHaveTextContent('Could not copy automatically. The link is selected in the field');
  });
});
