import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { UnitRow } from '../data/bind-data.js';

/** Units shown by name in one E501 before "等". */
const NAMED = 5;

/**
 * Collects the units for which an item (or the ranking basis) came out
 * missing, so that one rule mistake is one message, not one per unit.
 */
export class MissingResults {
  private readonly byItem = new Map<string, UnitRow[]>();

  constructor(private readonly file: string) {}

  add(item: string, unit: UnitRow): void {
    const units = this.byItem.get(item);
    if (units) units.push(unit);
    else this.byItem.set(item, [unit]);
  }

  diagnostics(): Diagnostic[] {
    return [...this.byItem].map(([item, units]) =>
      diagnostic(
        'E501',
        { item, units: units.slice(0, NAMED).map((u) => u.unit), count: units.length },
        { cell: { file: this.file, row: units[0]!.line } },
      ),
    );
  }
}
