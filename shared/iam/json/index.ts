/** Position-aware JSON: parse text into values while keeping the line/column of every JSON path. */
export { parseJsonWithPositions, MAX_JSON_DEPTH } from './parse';
export { childPath, indexPath, parentPath } from './path';
export { locate } from './locate';
export type { Span, JsonDocument, JsonSyntaxError, JsonErrorCode, JsonParseResult, DuplicateKey } from './types';
export { JSON_ERROR_CODES } from './types';
