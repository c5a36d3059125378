/**
 * Condition blocks: `{ operator: { key: value | [values] } }`. Checks operator names, key shape, value types per
 * operator family (dates, IPs, numbers, booleans, ARNs, base64) and, with a catalog, that keys exist and fit.
 */
import type { JsonValue } from '../../request';
import { isObject, type ValidationContext } from '../context';
import { parseOperator, OPERATOR_FAMILIES, type OperatorFamily, type ParsedOperator } from '../operators';
import { isValidArnValue, isValidBase64, isValidBool, isValidDate, isValidIpOrCidr, isValidNumber } from '../values';
import type { FindingCode } from '../codes';
import { closestName } from './closest';

type Scalar = string | number | boolean;

const VALUE_CHECKS: Partial<Record<OperatorFamily, { ok: (v: Scalar) => boolean; code: FindingCode }>> = {
  numeric: { ok: isValidNumber, code: 'condition.number-invalid' },
  date: { ok: isValidDate, code: 'condition.date-invalid' },
  bool: { ok: isValidBool, code: 'condition.bool-invalid' },
  null: { ok: isValidBool, code: 'condition.null-value' },
  ip: { ok: isValidIpOrCidr, code: 'condition.ip-invalid' },
  arn: { ok: isValidArnValue, code: 'condition.arn-invalid' },
  binary: { ok: isValidBase64, code: 'condition.binary-invalid' },
};

/** Catalog key types → the operator families that fit them (string operators fit ARN keys too). */
const FAMILIES_FOR_TYPE: Record<string, OperatorFamily[]> = {
  string: ['string'],
  arn: ['arn', 'string'],
  bool: ['bool'],
  boolean: ['bool'],
  date: ['date'],
  numeric: ['numeric'],
  ipaddress: ['ip'],
  binary: ['binary'],
};

/** Check the Condition element at `path`. */
export function checkCondition(
  ctx: ValidationContext,
  block: JsonValue,
  path: string,
  effect: 'Allow' | 'Deny' | undefined,
): void {
  if (!isObject(block)) {
    ctx.report('condition.block-invalid', path);
    return;
  }
  for (const [opName, keys] of Object.entries(block)) {
    const opPath = `${path}.${opName}`;
    const op = parseOperator(opName);
    if (!op) {
      const suggestion = closestName(opName, Object.keys(OPERATOR_FAMILIES));
      ctx.report(
        'condition.operator-unknown',
        opPath,
        suggestion ? { operator: opName, suggestion } : { operator: opName },
        true,
      );
      continue;
    }
    if (!isObject(keys)) {
      ctx.report('condition.operator-block-invalid', opPath, { operator: opName });
      continue;
    }
    if (op.set === 'ForAllValues' && effect === 'Allow' && !op.ifExists) {
      ctx.report('condition.forallvalues-with-allow', opPath, { operator: opName }, true);
    }
    for (const [key, value] of Object.entries(keys)) checkKey(ctx, op, opName, key, value, `${opPath}.${key}`);
  }
}

function checkKey(
  ctx: ValidationContext,
  op: ParsedOperator,
  opName: string,
  key: string,
  value: JsonValue,
  path: string,
): void {
  if (!/^[^:\s]+:.+$/.test(key)) {
    ctx.report('condition.key-format', path, { key }, true);
  } else {
    checkKeyAgainstCatalog(ctx, op, opName, key, path);
  }
  const values: Array<{ v: JsonValue; p: string }> = Array.isArray(value)
    ? value.map((v, i) => ({ v, p: `${path}[${i}]` }))
    : [{ v: value, p: path }];
  if (Array.isArray(value) && value.length === 0) ctx.report('condition.value-empty', path, { key });
  const check = VALUE_CHECKS[op.family];
  for (const { v, p } of values) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      ctx.report('condition.value-type', p, {
        key,
        found: v === null ? 'null' : Array.isArray(v) ? 'array' : 'object',
      });
      continue;
    }
    if (check && !check.ok(v)) ctx.report(check.code, p, { key, operator: opName, value: String(v) });
  }
}

function checkKeyAgainstCatalog(
  ctx: ValidationContext,
  op: ParsedOperator,
  opName: string,
  key: string,
  path: string,
): void {
  const catalog = ctx.catalog;
  if (!catalog) return;
  const status = catalog.conditionKeyStatus(key);
  if (status === 'unknown') {
    ctx.report('condition.key-unknown', path, { key }, true);
    return;
  }
  const info = catalog.conditionKeyInfo(key);
  if (!info) return;
  const type = info.type.toLowerCase();
  const multi = type.startsWith('arrayof');
  if (op.set && !multi) ctx.report('condition.set-operator-single-value-key', path, { key, operator: opName }, true);
  if (op.family === 'null') return;
  const fits = FAMILIES_FOR_TYPE[multi ? type.slice('arrayof'.length) : type];
  if (fits && !fits.includes(op.family))
    ctx.report('condition.key-type-mismatch', path, { key, operator: opName, keyType: info.type }, true);
}
