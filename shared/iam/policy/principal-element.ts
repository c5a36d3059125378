/**
 * Reads a Principal / NotPrincipal element in every form AWS accepts: `"*"`, `{"AWS": "*"}`, account ids, account
 * root, user, role, assumed-role session and federated-user ARNs, `Service`, `Federated`, `CanonicalUser`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
 */
import type { ParseDiagnostic, PrincipalBlock, PrincipalEntry } from './types';

const BLOCKS: readonly PrincipalBlock[] = ['AWS', 'Service', 'Federated', 'CanonicalUser'];

/** Normalizes a principal element; pushes diagnostics for shapes that cannot be read. */
export function readPrincipalElement(
  value: unknown,
  path: string,
  diagnostics: ParseDiagnostic[],
): PrincipalEntry[] | undefined {
  if (value === '*') return [{ block: '*', value: '*' }];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push({ code: 'parse.principal.invalid', path });
    return undefined;
  }
  const out: PrincipalEntry[] = [];
  for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
    const block = BLOCKS.find((b) => b.toLowerCase() === name.toLowerCase());
    if (!block) {
      diagnostics.push({ code: 'parse.principal.unknown-block', path: `${path}.${name}` });
      continue;
    }
    const list = Array.isArray(raw) ? raw : [raw];
    list.forEach((v, i) => {
      if (typeof v !== 'string') {
        diagnostics.push({
          code: 'parse.principal.not-string',
          path: `${path}.${name}${Array.isArray(raw) ? `[${i}]` : ''}`,
        });
        return;
      }
      out.push({ block, value: v.trim() });
    });
  }
  return out;
}
