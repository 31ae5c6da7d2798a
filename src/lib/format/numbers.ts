// Numbers and kronor for each language, with Intl: "12 345 kr" in Swedish,
// "SEK 12,345" in English. Formatters are cached: building one costs more
// than using it, and a slider drag formats hundreds of numbers a second.

export type Language = 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];

/** The Intl locale of each language: Swedish as in Sweden, English as in Britain (a space or comma between thousands, "SEK"). */
export const INTL_LOCALES: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/** A cached formatter; the key names the options (cheaper than serialising them on every call). */
function formatter(language: Language, key: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${language}|${key}`;
  let format = cache.get(cacheKey);
  if (!format) cache.set(cacheKey, (format = new Intl.NumberFormat(INTL_LOCALES[language], options())));
  return format;
}

/** Avoids "−0 kr" after rounding a tiny negative number. */
const clean = (value: number) => (Object.is(value, -0) || Math.abs(value) < 1e-9 ? 0 : value);

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return formatter(language, `n${fractionDigits}`, () => ({
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  })).format(clean(value));
}

/** Whole kronor. */
export function formatSek(value: number, language: Language, options: { signed?: boolean } = {}): string {
  return formatter(language, `sek${options.signed ? '+' : ''}`, () => ({
    style: 'currency',
    currency: 'SEK',
    currencyDisplay: language === 'sv' ? 'symbol' : 'code',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  })).format(clean(Math.round(value)));
}

/** Large sums in millions ("28,2 mnkr", "SEK 28.2m"); smaller ones in whole kronor. */
export function formatSekShort(value: number, language: Language, options: { signed?: boolean } = {}): string {
  if (Math.abs(value) < 1_000_000) return formatSek(value, language, options);
  const digits = Math.abs(value) < 10_000_000 ? 2 : 1;
  const millions = formatter(language, `m${digits}${options.signed ? '+' : ''}`, () => ({
    maximumFractionDigits: digits,
    minimumFractionDigits: 1,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  })).format(value / 1_000_000);
  if (language === 'sv') return `${millions} mnkr`;
  // The sign goes before the currency, as Intl writes "+SEK 40,000" and "-SEK 648,903".
  const [, sign, amount] = /^([+\-−]?)(.*)$/.exec(millions)!;
  return `${sign}SEK ${amount}m`;
}

export function formatPercent(share: number, language: Language, fractionDigits = 0, options: { signed?: boolean } = {}): string {
  return formatter(language, `p${fractionDigits}${options.signed ? '+' : ''}`, () => ({
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  })).format(clean(share));
}

/**
 * Builds the formatters the page uses before its first render: building an Intl formatter is the
 * costly part, and done here each is a task of its own rather than part of taking over the page.
 */
export async function warmFormatters(language: Language, nextTask: () => Promise<void>): Promise<void> {
  const warmers = [
    ...[0, 1, 2].map((digits) => () => formatNumber(0, language, digits)),
    ...[false, true].flatMap((signed) => [
      () => formatSek(0, language, { signed }),
      () => formatSekShort(2e6, language, { signed }),
      () => formatSekShort(2e7, language, { signed }),
      () => formatPercent(0, language, 1, { signed }),
    ]),
    () => formatPercent(0, language),
  ];
  // One formatter a task: together they are a long task on a phone (47 ms at 4× CPU), the first one most.
  for (const warm of warmers) {
    warm();
    await nextTask();
  }
}
