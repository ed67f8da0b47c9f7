/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline and carriage
 * return, unpaired surrogates, U+FFFE and U+FFFF). They are dropped, not escaped: not even
 * `&#1;` is allowed.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
  // In attributes a parser turns raw tab, newline and carriage return into spaces; as references they survive.
  '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};

/** `text` made safe for an XML attribute value (double- or single-quoted). */
export function xmlAttr(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

/** `text` made safe for XML element content; line breaks and tabs stay as they are. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
