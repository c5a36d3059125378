/**
 * The offline catalog of commonly taught AWS managed policies with their real documents (see SOURCES.md). A world
 * resolves an AWS managed policy ARN first from its own `awsManagedPolicies` (imported versions), then from here.
 */
import type { JsonValue } from '../../iam/request';
import type { ManagedPolicy } from '../types';
import data from './catalog.json';

/** One catalog entry as stored in catalog.json. */
interface CatalogEntry {
  arn: string;
  name: string;
  path: string;
  id: string;
  defaultVersionId: string;
  createDate: string;
  updateDate: string;
  document: JsonValue;
  source: string;
}

const ENTRIES = data as unknown as CatalogEntry[];

/** Turns a catalog entry into the world's managed policy shape. */
function toManagedPolicy(e: CatalogEntry): ManagedPolicy {
  return {
    name: e.name,
    path: e.path,
    arn: e.arn,
    id: e.id,
    createDate: e.createDate,
    updateDate: e.updateDate,
    defaultVersionId: e.defaultVersionId,
    versions: { [e.defaultVersionId]: { document: e.document, createDate: e.updateDate } },
    versionCounter: Number(e.defaultVersionId.slice(1)) || 1,
  };
}

/** The built-in AWS managed policies by ARN. */
export const AWS_MANAGED_POLICIES: Readonly<Record<string, ManagedPolicy>> = Object.freeze(
  Object.fromEntries(ENTRIES.map((e) => [e.arn, toManagedPolicy(e)])),
);

/** The ARN of an AWS managed policy by its name (`AdministratorAccess`), if the catalog has it. */
export function awsManagedPolicyArn(name: string): string | undefined {
  return ENTRIES.find((e) => e.name === name)?.arn;
}
