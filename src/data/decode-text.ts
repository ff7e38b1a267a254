import { diagnostic, fail, ok, type Result } from '../diagnostics/diagnostic.js';

/**
 * The encodings a CSV data file may be in: UTF-8 (with or without a BOM), or
 * GB18030/GBK, which Chinese Excel writes when it saves "CSV". GBK is a
 * subset of GB18030; asking for 'gbk' refuses GB18030's four-byte sequences.
 */
export type TextEncoding = 'utf8' | 'gb18030' | 'gbk';

export const textEncodings: readonly TextEncoding[] = ['utf8', 'gb18030', 'gbk'];

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Whether the bytes began with a UTF-8 byte order mark (not part of `text`). */
  readonly bom: boolean;
}

const decoderLabel: Record<TextEncoding, string> = { utf8: 'utf-8', gb18030: 'gb18030', gbk: 'gbk' };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const utf8Bom = [0xef, 0xbb, 0xbf];

/** Bytes that show the file is not text at all, or text no reader here knows. */
function foreignFormat(bytes: Uint8Array): 'xlsx' | 'xls' | 'utf16' | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'utf16';
  return undefined;
}

/** The decoded text, or undefined when the bytes are not valid in this encoding. */
function tryDecode(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  try {
    // A UTF-8 decoder drops a leading BOM itself (ignoreBOM is false).
    return new TextDecoder(decoderLabel[encoding], { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a data file's bytes. With no encoding given: a UTF-8 BOM means
 * UTF-8; bytes that are valid UTF-8 are UTF-8; anything else is read as
 * GB18030. A given encoding the bytes are not valid in is an error (E410),
 * as is GB18030/GBK asked for a file that starts with a UTF-8 BOM.
 */
export function decodeText(file: string, bytes: Uint8Array, encoding?: TextEncoding): Result<DecodedText> {
  const foreign = foreignFormat(bytes);
  if (foreign === 'xlsx' || foreign === 'xls') return fail([diagnostic('E412', { file, format: foreign })]);
  const bom = startsWith(bytes, utf8Bom);

  if (encoding !== undefined) {
    const text = bom && encoding !== 'utf8' ? undefined : tryDecode(bytes, encoding);
    if (text === undefined) return fail([diagnostic('E410', { file, encoding, utf8Bom: bom && encoding !== 'utf8' })]);
    return ok({ text, encoding, bom });
  }

  if (foreign === 'utf16') return fail([diagnostic('E411', { file, utf16: true })]);
  const utf8 = tryDecode(bytes, 'utf8');
  if (utf8 !== undefined) return ok({ text: utf8, encoding: 'utf8', bom });
  const gb18030 = tryDecode(bytes, 'gb18030');
  if (gb18030 !== undefined) return ok({ text: gb18030, encoding: 'gb18030', bom: false });
  return fail([diagnostic('E411', { file, utf16: false })]);
}
