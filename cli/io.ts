/**
 * The command line's IO contract. It lives in the pure core (`shared/terminal/io.ts`) so that the app's terminal
 * panel runs the same aws-style interpreter as this bin; re-exported here for the Node side.
 */
export { EXIT, type CliIO } from '../shared/terminal/io';
