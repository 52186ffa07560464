/**
 * The few XML text rules the package editor needs: escaping text and
 * attribute values, reading entities back, and reading one start tag's
 * attributes. The sheet scanner works on the raw text (it must know where
 * each cell starts and ends, which no parser in our dependencies reports),
 * so these stay small and exact.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text content or an attribute value with its entities and character references resolved. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Characters XML 1.0 forbids (control characters other than tab, LF, CR): dropped when writing. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** The attributes of a start tag's inside (`r="D2" s="3" t="e"`), values unescaped. */
export function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(m[1], unescapeXml(m[2] ?? m[3]));
  }
  return attributes;
}

/** Attributes written back in order: ` r="D2" s="3"`. */
export function formatAttributes(attributes: Map<string, string>): string {
  let out = "";
  for (const [name, value] of attributes) out += ` ${name}="${escapeXml(value)}"`;
  return out;
}
