/** A1-style addresses, 0-based internally. */

export function columnName(col: number): string {
  let name = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "$D$7" or "D7" → 0-based row and column. */
export function parseCell(text: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(text.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export interface Area {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** "D2:D11" (or a single cell) → area. */
export function parseArea(text: string): Area | undefined {
  const [a, b = a] = text.split(":");
  const start = parseCell(a);
  const end = parseCell(b);
  if (!start || !end) return undefined;
  const top = Math.min(start.row, end.row);
  const left = Math.min(start.col, end.col);
  return { top, left, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

/** True when the cell at (row, col) lies in `area`. */
export function inArea(area: Area, row: number, col: number): boolean {
  return row >= area.top && row < area.top + area.rows && col >= area.left && col < area.left + area.cols;
}

export function areaName(area: Area): string {
  const start = cellName(area.top, area.left);
  if (area.rows === 1 && area.cols === 1) return start;
  return `${start}:${cellName(area.top + area.rows - 1, area.left + area.cols - 1)}`;
}

/** A sheet name as a formula writes it: quoted when it holds anything but letters, digits and _. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Likvärd modell'!A1:B3" → sheet and area text. */
export function splitSheetRef(text: string): { sheet?: string; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(text.trim());
  if (!m) return { ref: text.trim() };
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), ref: m[3] };
}
