/*
 * A spreadsheet number as the text a CSV would hold, built on decimal text
 * only: the number's shortest round-trip form (String(n)), with the decimal
 * point moved and the digits rounded as strings. No float arithmetic happens
 * between the stored number and its text, so 0.9818 shown as 0.00% is
 * "98.18%", never "98.17999999999999%".
 */

/** The shortest decimal text of a finite number, never in exponent form. */
export function decimalText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return '0'; // also -0
  const s = String(n);
  const e = s.search(/e/i);
  return e < 0 ? s : shiftPoint(s.slice(0, e), Number(s.slice(e + 1)));
}

/** Moves the decimal point of a plain decimal text `places` to the right (left when negative). */
export function shiftPoint(text: string, places: number): string {
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const point = unsigned.indexOf('.');
  const digits = point < 0 ? unsigned : unsigned.slice(0, point) + unsigned.slice(point + 1);
  let at = (point < 0 ? unsigned.length : point) + places;
  let padded = digits;
  if (at <= 0) {
    padded = '0'.repeat(1 - at) + padded;
    at = 1;
  } else if (at > padded.length) {
    padded += '0'.repeat(at - padded.length);
  }
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(at).replace(/0+$/, '');
  const result = fraction ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

/**
 * Rounds a plain decimal text to between `min` and `max` decimals, half away
 * from zero as spreadsheets display numbers: digits up to `max` are kept,
 * trailing zeros beyond `min` are dropped.
 */
export function roundDecimals(text: string, max: number, min = max): string {
  const negative = text.startsWith('-');
  const unsigned = negative ? text.slice(1) : text;
  const [whole = '0', fraction = ''] = unsigned.split('.');
  let digits = whole + fraction.slice(0, max).padEnd(max, '0');
  if ((fraction[max] ?? '0') >= '5') digits = increment(digits);
  const cut = digits.length - max;
  let kept = digits.slice(cut);
  while (kept.length > min && kept.endsWith('0')) kept = kept.slice(0, -1);
  const head = digits.slice(0, cut).replace(/^0+(?=\d)/, '') || '0';
  const result = kept ? `${head}.${kept}` : head;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') {
      out[i] = '0';
    } else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

/** What a number format does to the text: percent signs, and the decimals it shows. */
export interface PercentFormat {
  /** How many `%` signs the format has: each one multiplies by 100. */
  readonly percents: number;
  /** Decimals always shown (`0` placeholders after the point). */
  readonly minDecimals: number;
  /** Decimals shown at most (`0`, `#` and `?` placeholders after the point). */
  readonly maxDecimals: number;
}

/**
 * Reads the part of an Excel number format that matters for the CSV text:
 * whether it is a percentage, and with how many decimals. Quoted text,
 * escaped characters, [colour]/[condition] blocks and spacing codes are not
 * format characters and are skipped. A negative number uses the second
 * section when there is one.
 */
export function percentFormat(numFmt: string | undefined, negative: boolean): PercentFormat | undefined {
  if (!numFmt) return undefined;
  const sections = splitSections(numFmt);
  const section = (negative && sections.length > 1 ? sections[1] : sections[0]) ?? '';
  const code = section.replace(/"[^"]*"?|\\.|\[[^\]]*\]?|[_*]./g, '');
  const percents = (code.match(/%/g) ?? []).length;
  if (percents === 0) return undefined;
  const point = code.indexOf('.');
  const placeholders = point < 0 ? '' : (/^[0#?]*/.exec(code.slice(point + 1))?.[0] ?? '');
  const minDecimals = placeholders.lastIndexOf('0') + 1;
  return { percents, minDecimals, maxDecimals: placeholders.length };
}

function splitSections(numFmt: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < numFmt.length; i++) {
    const c = numFmt[i]!;
    if (c === '"') quoted = !quoted;
    if (c === '\\' && !quoted) {
      current += c + (numFmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  sections.push(current);
  return sections;
}

/**
 * A number cell as CSV text: the shortest decimal text, or for a percentage
 * format the percentage with the decimals the format shows (0.9818 as
 * 0.00% → "98.18%").
 */
export function numberCellText(n: number, numFmt: string | undefined): string {
  const text = decimalText(n);
  const format = percentFormat(numFmt, n < 0);
  if (!format) return text;
  const scaled = shiftPoint(text, 2 * format.percents);
  return roundDecimals(scaled, format.maxDecimals, format.minDecimals) + '%'.repeat(format.percents);
}
