// Does a quote state the figure it is cited for? The seeds write "2 200",
// "1,15", "75 procent", "252 miljoner" and "tre dagar"; public figures write
// "+7.5 %" and "2 146 907". A sourced value must appear in one of these forms.

const SWEDISH_NUMBER_WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];

function spellings(value: number): string[] {
  const rounded = Math.round(value * 1e6) / 1e6;
  const [whole, fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const forms = fraction ? [`${whole}.${fraction}`, `${whole},${fraction}`, `${grouped},${fraction}`] : [whole, grouped, grouped.replaceAll(' ', ',')];
  if (!fraction && rounded >= 0 && rounded <= 10) forms.push(SWEDISH_NUMBER_WORDS[rounded]);
  return forms;
}

function candidates(value: number, unit: string): number[] {
  const out = [value];
  if (unit === 'share') out.push(value * 100);
  if (Math.abs(value) >= 1e6) out.push(value / 1e6, value / 1e9);
  return out;
}

export function quoteStatesValue(value: number, unit: string, quote: string): boolean {
  const text = quote.replace(/[\u00a0\u202f\u2009]/g, ' ');
  return candidates(value, unit).some((candidate) =>
    spellings(candidate).some((form) => new RegExp(`(^|[^\\d\\p{L}])${escape(form)}($|[^\\d\\p{L}.,]|[.,](?!\\d))`, 'u').test(text)),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whitespace differs between a copied quote and the document; compare without it. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}
