import { createHash } from 'node:crypto';

/** Hex sha256, so an output can name exactly which file produced it. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
