/** Statement ids must be unique within a policy. */
import { isObject, type StatementNode, type ValidationContext } from '../context';

/** Report every statement whose Sid repeats an earlier one. */
export function checkSidsUnique(ctx: ValidationContext, statements: StatementNode[]): void {
  const seen = new Map<string, number>();
  for (const s of statements) {
    if (!isObject(s.value) || typeof s.value.Sid !== 'string' || !Object.prototype.hasOwnProperty.call(s.value, 'Sid'))
      continue;
    const sid = s.value.Sid;
    const first = seen.get(sid);
    if (first !== undefined) ctx.report('statement.sid-duplicate', `${s.path}.Sid`, { sid, first });
    else seen.set(sid, s.index);
  }
}
