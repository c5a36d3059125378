/**
 * The shape of policy variables in a value, checked without evaluating them: `${` with no closing `}`, an empty
 * `${}`, and a `${` inside another `${...}` are malformed (issue #13). The engine substitutes `${name}` up to the
 * first `}` and never substitutes again, so a malformed variable is text that matches nothing the author meant.
 * One pass over the text, no regular expression.
 */

/** What can be wrong with a variable. */
export type VariableProblem = 'unterminated' | 'empty' | 'nested';

/** The distinct problems of the variables in `text`, in the order first met (empty when every variable is well formed). */
export function variableProblems(text: string): VariableProblem[] {
  const found: VariableProblem[] = [];
  const add = (p: VariableProblem) => {
    if (!found.includes(p)) found.push(p);
  };
  let i = text.indexOf('${');
  while (i >= 0) {
    let j = i + 2;
    let nested = false;
    while (j < text.length && text[j] !== '}') {
      if (text[j] === '$' && text[j + 1] === '{') nested = true;
      j++;
    }
    if (j >= text.length) {
      add(nested ? 'nested' : 'unterminated');
      if (nested) add('unterminated');
      break;
    }
    if (nested) add('nested');
    else if (text.slice(i + 2, j).trim() === '') add('empty');
    i = text.indexOf('${', j + 1);
  }
  return found;
}
