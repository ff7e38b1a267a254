import type { Fraction } from '../engine/exact.js';
import { formatDecimal } from '../engine/exact.js';
import type { UnitResult } from '../engine/evaluate.js';
import type { Version } from './version.js';

/** How one unit's standing changed since the previous version. */
export interface Movement {
  /** Places gained (positive) or lost (negative); absent unless ranked in both versions. */
  readonly places?: number;
  /** The unit was not in this group before. */
  readonly isNew: boolean;
  /** Total now less total before, when it changed. */
  readonly total?: Fraction;
}

export interface Changes {
  /** The version compared against. */
  readonly since: number;
  readonly units: ReadonlyMap<string, Movement>;
  /** Units of the previous version that are gone, by the group they were in. */
  readonly removed: ReadonlyMap<string, readonly string[]>;
}

/** Each unit of `current` against `previous`, matched by name and group. */
export function compareVersions(previous: Version, current: Version): Changes {
  const before = new Map<string, UnitResult>(previous.scored.evaluation.units.map((u) => [u.unit, u]));
  const now = new Set(current.scored.evaluation.units.map((u) => `${u.group}\u0000${u.unit}`));
  const units = new Map<string, Movement>();
  for (const unit of current.scored.evaluation.units) {
    const old = before.get(unit.unit);
    if (!old || old.group !== unit.group) {
      units.set(unit.unit, { isNew: true });
      continue;
    }
    const places = old.rank !== undefined && unit.rank !== undefined && old.rank !== unit.rank ? old.rank - unit.rank : undefined;
    const total = old.total && unit.total && !old.total.equals(unit.total) ? unit.total.sub(old.total) : undefined;
    units.set(unit.unit, { isNew: false, ...(places !== undefined ? { places } : {}), ...(total ? { total } : {}) });
  }
  const removed = new Map<string, string[]>();
  for (const unit of previous.scored.evaluation.units) {
    if (now.has(`${unit.group}\u0000${unit.unit}`)) continue;
    removed.set(unit.group, [...(removed.get(unit.group) ?? []), unit.unit]);
  }
  return { since: previous.number, units, removed };
}

/** Whether anything a reader would see moved: a rank, a total, a unit added or gone. */
export function changesAnything(changes: Changes): boolean {
  if (changes.removed.size > 0) return true;
  for (const m of changes.units.values()) if (m.isNew || m.places !== undefined || m.total) return true;
  return false;
}

/** ▲2, ▼1, 新, or '' when the rank stayed. */
export function movementMarker(movement: Movement | undefined): string {
  if (!movement) return '';
  if (movement.isNew) return '新';
  if (movement.places === undefined) return '';
  return movement.places > 0 ? `▲${movement.places}` : `▼${-movement.places}`;
}

/** +0.2 or −0.4 (a true minus sign), or '' when the total stayed. */
export function totalChange(movement: Movement | undefined): string {
  const delta = movement?.total;
  if (!delta) return '';
  return delta.compare(0) > 0 ? `+${formatDecimal(delta)}` : `−${formatDecimal(delta.neg())}`;
}
