/**
 * Amounts and shares in words, the same on screen and in the briefing: the project's currency in the reader's
 * locale (the OS locale in the app; the briefing passes none either). `Intl` is part of the language, so this
 * runs in every layer.
 */

import { lazyValue } from './lazyValue';

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount in the project's currency, in the OS locale: "$1,234", "1.234 €"; whole units unless small. */
export function money(amount: number, currency: string, options: { cents?: boolean } = {}): string {
  const key = `${currency}:${options.cents ? 2 : 0}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      maximumFractionDigits: options.cents ? 2 : 0,
      minimumFractionDigits: options.cents ? 2 : 0,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

const percentFormat = lazyValue(() => new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }));

/** 0.253 → "25.3%". */
export function percent(share: number): string {
  return percentFormat().format(share);
}

const plainNumberFormat = lazyValue(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }));

/** 300000 → "300,000"; at most two decimals. */
export function plainNumber(value: number): string {
  return plainNumberFormat().format(value);
}
