/**
 * The aws-style command line (`iam`, `sts`, `import`, `export`). The interpreter is pure over `CliIO`, so it lives in
 * `shared/terminal/aws/` where the app's terminal panel runs it too; the Node bin reaches it through this module.
 */
export { runAwsCommand, AWS_OPERATIONS } from '../../shared/terminal/aws/index';
