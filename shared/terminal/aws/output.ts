/** Renders command results the way the AWS CLI does: `--output json` (4-space JSON), `table` and `text`. */

type Value = unknown;

const isObj = (v: Value): v is Record<string, Value> => v !== null && typeof v === 'object' && !Array.isArray(v);
const scalar = (v: Value): string =>
  v === null || v === undefined ? 'None' : typeof v === 'object' ? JSON.stringify(v) : String(v);

/** Text output: one line per record, tab-separated; nested lists get their key in upper case as the first column. */
function text(value: Value, key = ''): string[] {
  if (Array.isArray(value)) {
    if (value.every((v) => !isObj(v) && !Array.isArray(v)))
      return [[key.toUpperCase(), ...value.map(scalar)].filter(Boolean).join('\t')];
    return value.flatMap((v) => text(v, key));
  }
  if (isObj(value)) {
    const scalars = Object.entries(value).filter(([, v]) => !isObj(v) && !Array.isArray(v));
    const nested = Object.entries(value).filter(([, v]) => isObj(v) || Array.isArray(v));
    const lines: string[] = [];
    if (scalars.length)
      lines.push([key.toUpperCase(), ...scalars.map(([, v]) => scalar(v))].filter(Boolean).join('\t'));
    for (const [k, v] of nested) lines.push(...text(v, k));
    return lines;
  }
  return [scalar(value)];
}

/** Table output: a titled box per object; lists of objects become columns. */
function table(value: Value, title: string): string[] {
  const rows: string[][] = [];
  let header: string[] | undefined;
  const sub: string[] = [];
  if (isObj(value)) {
    const entries = Object.entries(value);
    const lists = entries.filter(([, v]) => Array.isArray(v) && v.some(isObj));
    for (const [k, v] of entries) {
      if (!isObj(v) && !Array.isArray(v)) rows.push([k, scalar(v)]);
      else if (Array.isArray(v) && !v.some(isObj)) rows.push([k, v.map(scalar).join(', ')]);
      else if (isObj(v)) sub.push(...table(v, k));
    }
    for (const [k, v] of lists) {
      const items = (v as Value[]).filter(isObj) as Record<string, Value>[];
      const cols = [
        ...new Set(items.flatMap((i) => Object.keys(i).filter((c) => !isObj(i[c]) && !Array.isArray(i[c])))),
      ];
      const listRows = items.map((i) => cols.map((c) => scalar(i[c])));
      sub.push(...box(k, cols, listRows));
    }
  } else rows.push([scalar(value)]);
  if (rows.length === 0 && sub.length === 0) return [];
  if (rows.length) return [...box(title, header, rows), ...sub];
  // Only nested boxes: a title bar as wide as the widest of them.
  const inner = Math.max(title.length + 2, ...sub.map((l) => l.length - 2));
  return [
    `+${'-'.repeat(inner)}+`,
    `|${title.padStart(Math.floor((inner + title.length) / 2)).padEnd(inner)}|`,
    ...sub,
  ];
}

/** Draws one box with an optional header row. */
function box(title: string, header: string[] | undefined, rows: string[][]): string[] {
  const all = header ? [header, ...rows] : rows;
  const ncol = Math.max(1, ...all.map((r) => r.length));
  const widths = Array.from({ length: ncol }, (_, c) => Math.max(0, ...all.map((r) => (r[c] ?? '').length)));
  const inner = Math.max(title.length + 2, widths.reduce((a, b) => a + b + 3, 0) - 1);
  const line = `+${'-'.repeat(inner)}+`;
  const out = [line, `|${title.padStart(Math.floor((inner + title.length) / 2)).padEnd(inner)}|`, line];
  const fmt = (r: string[]) => `| ${widths.map((w, c) => (r[c] ?? '').padEnd(w)).join(' | ')} |`.padEnd(inner + 2);
  if (header) out.push(fmt(header), line);
  for (const r of rows) out.push(fmt(r));
  if (rows.length) out.push(line);
  return out;
}

/** Renders a result for the chosen output format (empty results print nothing, as the AWS CLI does). */
export function render(value: Value, format: 'json' | 'table' | 'text', operation: string): string {
  if (value === undefined) return '';
  if (format === 'json') return `${JSON.stringify(value, null, 4)}\n`;
  const lines = format === 'text' ? text(value) : table(value, operation);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
