/**
 * Text from the data or the rules as part of one terminal line: a line
 * break, tab or other control character in a cell would break the table's
 * layout, so it shows as a space (CRLF as one space). Only the terminal
 * table does this; csv and json output keep the exact text.
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}
