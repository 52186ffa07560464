import { Lang } from "../model/errors";
import { formatNumberInput, parseNumberInput } from "../model/pane/numberInput";

/** Small DOM helpers for the pane: elements, number inputs that accept Swedish decimals, an SVG scatter plot. */

type Attrs = Record<string, string>;

export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "value" && "value" in el) (el as HTMLInputElement).value = value;
    else el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}

/**
 * A number field that reads Swedish and English writing ("64 000 000 kr",
 * "0,5", "1.234,5"; see numberInput.ts) and shows the number formatted once
 * the user leaves it. A problem shows as a message under the field, and
 * `onChange` gets undefined: the caller must not use the old value.
 */
export function numberField(options: {
  label: string;
  id: string;
  value: number;
  lang: Lang;
  /** What an empty field means; undefined = the field is required. */
  empty?: number;
  /** A unit the user may type after the number ("%"). */
  unit?: string;
  /** Decimals shown (the value itself is kept whole). */
  digits?: number;
  onChange: (x: number | undefined) => void;
  /** Why a number is refused here (a negative floor), or undefined: shown as for text that is no number. */
  check?: (x: number) => string | undefined;
}): { input: HTMLInputElement; message: HTMLElement } {
  const { label, id, lang } = options;
  const message = h("span", { class: "field-error", id: `${id}-error`, "aria-live": "polite" });
  const input = h("input", {
    type: "text",
    inputmode: "decimal",
    "aria-label": label,
    "aria-describedby": `${id}-error`,
    value: formatNumberInput(options.value, lang, options.digits),
    id,
  }) as HTMLInputElement;
  const check = () => {
    let parsed = parseNumberInput(input.value, lang, options.empty, options.unit);
    const refused = parsed.ok ? options.check?.(parsed.value) : undefined;
    if (refused) parsed = { ok: false, message: refused };
    input.classList.toggle("invalid", !parsed.ok);
    input.setAttribute("aria-invalid", String(!parsed.ok));
    message.textContent = parsed.ok ? "" : parsed.message;
    return parsed;
  };
  input.addEventListener("input", () => {
    const parsed = check();
    options.onChange(parsed.ok ? parsed.value : undefined);
  });
  input.addEventListener("change", () => {
    const parsed = check();
    if (parsed.ok) input.value = formatNumberInput(parsed.value, lang);
  });
  return { input, message };
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text) el.textContent = text;
  return el;
}

/** A small scatter plot of y against x, axes labelled with their ranges; `line`: points joined by a line (45°). */
export function plot(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  xLabel: string,
  yLabel: string,
  locale = "sv-SE",
  line?: { x: ArrayLike<number>; y: ArrayLike<number> },
): SVGElement {
  const width = 280;
  const height = 160;
  const pad = { left: 44, right: 8, top: 8, bottom: 30 };
  const xs = Array.from(x);
  const ys = Array.from(y);
  const ok = xs.map((_, i) => Number.isFinite(xs[i]) && Number.isFinite(ys[i]));
  // The line's points widen the axes like the dots do.
  const lx = Array.from(line?.x ?? []);
  const ly = Array.from(line?.y ?? []);
  const lineOk = lx.map((_, i) => Number.isFinite(lx[i]) && Number.isFinite(ly[i]));
  xs.push(...lx.filter((_, i) => lineOk[i]));
  ys.push(...ly.filter((_, i) => lineOk[i]));
  ok.push(...lineOk.filter((v) => v));
  const dots = x.length;
  // Three significant digits: 0,062 for a share, 243 for a score, 13 600 for kronor.
  const tick = (v: number) => v.toLocaleString(locale, { maximumSignificantDigits: 3 });
  const range = (v: number[]) => {
    const f = v.filter((_, i) => ok[i]);
    const lo = Math.min(...f);
    const hi = Math.max(...f);
    return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  };
  const [x0, x1] = range(xs);
  const [y0, y1] = range(ys);
  const sx = (v: number) => pad.left + ((v - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const sy = (v: number) => height - pad.bottom - ((v - y0) / (y1 - y0)) * (height - pad.top - pad.bottom);
  const root = svg("svg", {
    viewBox: `0 0 ${width} ${height}`,
    class: "plot",
    role: "img",
    "aria-label": `${yLabel} / ${xLabel}`,
  });
  root.append(
    svg("line", {
      x1: pad.left,
      y1: height - pad.bottom,
      x2: width - pad.right,
      y2: height - pad.bottom,
      class: "axis",
    }),
    svg("line", { x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom, class: "axis" }),
    svg("text", { x: pad.left, y: height - 16, class: "tick" }, tick(x0)),
    svg("text", { x: width - pad.right, y: height - 16, class: "tick end" }, tick(x1)),
    svg("text", { x: (width + pad.left) / 2, y: height - 3, class: "label middle" }, xLabel),
    svg("text", { x: pad.left - 4, y: height - pad.bottom, class: "tick end" }, tick(y0)),
    svg("text", { x: pad.left - 4, y: pad.top + 8, class: "tick end" }, tick(y1)),
  );
  const points = lx.flatMap((_, i) => (lineOk[i] ? [`${sx(lx[i])},${sy(ly[i])}`] : []));
  if (points.length > 1) root.append(svg("polyline", { points: points.join(" "), class: "line" }));
  xs.slice(0, dots).forEach((_, i) => {
    if (ok[i]) root.append(svg("circle", { cx: sx(xs[i]), cy: sy(ys[i]), r: 3.5, class: "dot" }));
  });
  return root;
}
