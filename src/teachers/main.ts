// The teachers' page's browser entry. The page is static (prerendered per
// language, src/prerender/teachers.ts); this wires its two interactive parts
// with plain DOM code (no framework, so the page shares only small pure
// modules with the explainer): the link builder, which reads its form on
// every change and writes the link and its QR code again, and the print
// buttons, each of which prints just its sheet.

// The page's stylesheet brings global.css with it (see its head).
import '../styles/teachers.css';
import type { BuilderData } from '../lib/teachers/builder.ts';
import { buildLink, chosenClinic, choicesFromForm, MAIN_FIELDS } from '../lib/teachers/link.ts';
import { qrMatrix, qrPath, qrViewSize } from '../lib/teachers/qr.ts';

const root = document.documentElement;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const raw = byId('builder-data')?.textContent;
const form = byId<HTMLFormElement>('builder-form');

if (raw && form) {
  const data = JSON.parse(raw) as BuilderData;
  const { context } = data;
  const site = `${location.origin}${data.base}`;
  const output = byId<HTMLTextAreaElement>('builder-link')!;
  const open = byId<HTMLAnchorElement>('builder-open')!;
  const status = byId('builder-status')!;
  const svg = document.getElementById('builder-qr') as SVGSVGElement | null;
  const tooLong = byId('builder-qr-too-long')!;
  const qrBox = byId('builder-qr-box')!;
  const comparisons = [...form.querySelectorAll<HTMLInputElement>('input[name="cmp"]')];

  const update = () => {
    const choices = choicesFromForm(new FormData(form), context);
    // The baseline is not offered as its own comparison, and no more than the explainer shows.
    const chosen = comparisons.filter((box) => box.checked && box.value !== choices.baseline).length;
    for (const box of comparisons) {
      box.closest('label')!.hidden = box.value === choices.baseline;
      box.disabled = !box.checked && chosen >= context.maxComparisons;
    }
    const link = buildLink(choices, context, site);
    output.value = link;
    open.href = link;
    status.textContent = '';
    try {
      const matrix = qrMatrix(link);
      const size = qrViewSize(matrix);
      svg?.setAttribute('viewBox', `0 0 ${size} ${size}`);
      svg?.querySelector('path')?.setAttribute('d', qrPath(matrix));
      qrBox.hidden = false;
      tooLong.hidden = true;
    } catch {
      qrBox.hidden = true;
      tooLong.hidden = false;
    }
  };

  form.addEventListener('change', (event) => {
    // A new example clinic fills in its main inputs.
    if ((event.target as HTMLElement).id === 'builder-preset') {
      const clinic = chosenClinic({ ...choicesFromForm(new FormData(form), context), clinic: {} }, context);
      for (const id of MAIN_FIELDS) {
        const input = form.elements.namedItem(id) as HTMLInputElement;
        input.value = String(id === 'namedDoctorShare' ? Math.round(clinic[id] * 1000) / 10 : clinic[id]);
      }
    }
    update();
  });
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  byId<HTMLButtonElement>('builder-copy')!.addEventListener('click', async () => {
    const copied = await navigator.clipboard?.writeText(output.value).then(
      () => true,
      () => false,
    );
    if (!copied) output.select();
    status.textContent = copied ? (status.dataset.copied ?? '') : '';
  });
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) control.disabled = false;
  byId<HTMLButtonElement>('builder-copy')!.disabled = false;
  update();
}

// "Print questions" / "Print answer key": print only that sheet (src/styles/teachers.css, @media print).
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.disabled = false;
  button.addEventListener('click', () => {
    const sheet = document.getElementById(button.dataset.print!);
    if (!sheet) return;
    root.dataset.printPart = sheet.id;
    sheet.classList.add('printing');
    window.print();
  });
}
window.addEventListener('afterprint', () => {
  delete root.dataset.printPart;
  document.querySelectorAll('.printing').forEach((sheet) => sheet.classList.remove('printing'));
});
// Interactive from here on; scripts and tests that drive the page wait for this.
root.dataset.ready = 'true';
