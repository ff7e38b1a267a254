import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { scalarText } from './yaml-source.js';

/*
 * Small readers over YAML nodes that the schema has already checked, so
 * they only pick values out and never need to report shape errors.
 */

export function field(map: YAMLMap | undefined, key: string): Node | undefined {
  if (!map) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

export function mapField(map: YAMLMap | undefined, key: string): YAMLMap | undefined {
  const node = field(map, key);
  return isMap(node) ? node : undefined;
}

export function text(map: YAMLMap | undefined, key: string): string | undefined {
  const node = field(map, key);
  return isScalar(node) && node.value !== null ? scalarText(node) : undefined;
}

export function scalar(map: YAMLMap | undefined, key: string): Scalar | undefined {
  const node = field(map, key);
  return isScalar(node) ? node : undefined;
}

export function yes(map: YAMLMap | undefined, key: string): boolean {
  const node = field(map, key);
  return isScalar(node) && (node.value === true || node.value === '是');
}

export function entries(map: YAMLMap | undefined): { key: Scalar; value: Node | undefined }[] {
  if (!map) return [];
  return (map.items as Pair<Scalar, Node | undefined>[])
    .filter((p) => isScalar(p.key))
    .map((p) => ({ key: p.key, value: p.value ?? undefined }));
}

export function sequence(map: YAMLMap | undefined, key: string): Node[] {
  const node = field(map, key);
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** A scalar node's text ('' for anything else or an empty value). */
export function nodeText(node: Node): string {
  return isScalar(node) && node.value !== null ? scalarText(node) : '';
}

/** `{ key: value }`, or nothing when the value is absent: for optional fields. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export { isMap, isScalar };
