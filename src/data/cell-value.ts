import type { ValueType } from '../dsl/types.js';
import { decimal, percent, type Fraction } from '../engine/exact.js';

/*
 * Reading one cell as the kind its input declares. Staff export from
 * spreadsheets, so full-width digits and thousands separators are accepted;
 * anything else that is not a clean number is refused, never guessed at.
 */

export type CellReading = { ok: true; value: Fraction | string | boolean } | { ok: false };

export function readCell(raw: string, type: ValueType): CellReading {
  const text = normalise(raw);
  switch (type) {
    case 'text':
      return { ok: true, value: raw.trim() };
    case 'boolean':
      // Spreadsheets write TRUE and FALSE.
      if (text === '是' || text.toLowerCase() === 'true') return { ok: true, value: true };
      if (text === '否' || text.toLowerCase() === 'false') return { ok: true, value: false };
      return { ok: false };
    case 'count':
      return /^\d+$/.test(text) ? { ok: true, value: decimal(text) } : { ok: false };
    case 'rate': {
      // A share of work orders is never negative.
      const m = /^(\d+(?:\.\d+)?)%$/.exec(text);
      return m ? { ok: true, value: percent(m[1]!) } : { ok: false };
    }
    case 'number':
      return /^-?\d+(?:\.\d+)?$/.test(text) ? { ok: true, value: decimal(text) } : { ok: false };
  }
}

function normalise(raw: string): string {
  const halfWidth = raw
    .trim()
    .replace(/[０-９．％－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?%?$/.test(halfWidth) ? halfWidth.replace(/,/g, '') : halfWidth;
}
