// Errors of `npm start` / `npm run web` as one line: Vite and Rolldown errors span many coloured lines (code frames),
// and "Build failed with 2 errors:" alone does not say what failed, so the first error's own first line is added.

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function firstLine(text) {
  return (
    String(text ?? '')
      .replace(ANSI, '')
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

/** One line for `e`: its message's first line, plus the first of its `errors` when it is an aggregate. */
export function oneLine(e) {
  const head = firstLine(e?.message ?? e);
  const errors = Array.isArray(e?.errors) ? e.errors : [];
  const detail = errors.length > 0 ? firstLine(errors[0]?.message ?? errors[0]) : '';
  if (!detail || detail === head) return head;
  return errors.length === 1
    ? `${head.replace(/:$/, '')}: ${detail}`
    : `${head.replace(/:$/, '')}; the first: ${detail}`;
}
