/** The table entry of one aws-style operation. */
import type { AwsContext } from './context';

/** One operation such as `iam create-user`. */
export interface AwsOperation {
  /** Service word: an AWS service (`iam`, `sts`, `ec2`, `organizations`, `s3api`, `sqs`), or the lab's own `idp` and `lab`. */
  service: 'iam' | 'sts' | 'ec2' | 'organizations' | 's3api' | 'sqs' | 'kms' | 'idp' | 'lab';
  /** Subcommand, e.g. `create-user`. */
  name: string;
  /** AWS API operation name for error messages, e.g. `CreateUser`. */
  operation: string;
  required: readonly string[];
  optional: readonly string[];
  /** False when the operation can run without a scenario file (simulate-custom-policy). */
  needsScenario?: boolean;
  /** Returns the result to print (undefined prints nothing). */
  run(ctx: AwsContext): unknown | Promise<unknown>;
}

/** Builds the operation name from a subcommand: `create-user` → `CreateUser`. */
export function operationName(name: string): string {
  return name
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** Shorthand to declare an operation. */
export function op(
  service: 'iam' | 'sts',
  name: string,
  required: readonly string[],
  optional: readonly string[],
  run: AwsOperation['run'],
): AwsOperation {
  return { service, name, operation: operationName(name), required, optional, run };
}

/** The arguments of `serviceOp` after the service: name, API operation, required and optional options, run. */
export type OpArgs = [
  name: string,
  operation: string,
  required: readonly string[],
  optional: readonly string[],
  run: AwsOperation['run'],
];

/** Declares an operation whose API name is not derived from its subcommand (`ec2 run-instances` → `RunInstances`). */
export function serviceOp(
  service: AwsOperation['service'],
  ...[name, operation, required, optional, run]: OpArgs
): AwsOperation {
  return { service, name, operation, required, optional, run };
}
