import { describe, expect, it } from 'vitest';
import { LITERAL_QMARK, LITERAL_STAR } from '../../../shared/iam/match/glob';
import { resolveVariables } from '../../../shared/iam/variables/resolve';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
const read = (m: Record<string, string | string[]>) => (k: string) => m[k];
describe('policy variables', () => {
  it('substitutes keys case-insensitively', () => {
    expect(resolveVariables('home/${aws:UserName}/*', read({ 'aws:username': 'alice' })).text).toBe('home/alice/*');
  });
  it('uses defaults', () => {
    expect(resolveVariables("x/${aws:PrincipalTag/team, 'none'}", read({})).text).toBe('x/none');
  });
  it('missing without default is unresolved', () => {
    const r = resolveVariables('x/${aws:username}', read({}));
    expect(r.text).toBeUndefined();
    expect(r.uses).toEqual([{ name: 'aws:username' }]);
  });
  it('escapes ${*} ${?} ${$} and substituted wildcards', () => {
    expect(resolveVariables('a${*}b${?}c${$}', read({})).text).toBe(`a${LITERAL_STAR}b${LITERAL_QMARK}c$`);
    expect(resolveVariables('${aws:username}', read({ 'aws:username': 'a*' })).text).toBe(`a${LITERAL_STAR}`);
  });
  it('multivalued keys do not substitute', () => {
    expect(resolveVariables('${aws:TagKeys}', read({ 'aws:tagkeys': ['a', 'b'] })).text).toBeUndefined();
  });
});
