import type { Fraction } from './exact.js';

/**
 * A value at run time: an exact number, text, a truth value, or null for a
 * missing value (a "/" or blank cell, or a rate over zero orders).
 */
export type Value = Fraction | string | boolean | null;

export const MISSING = null;

export function isMissing(value: Value): value is null {
  return value === null;
}
