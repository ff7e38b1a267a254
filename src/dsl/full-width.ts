/** Full-width digits and point (０-９, ．) as their ASCII forms. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．]/g, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}
