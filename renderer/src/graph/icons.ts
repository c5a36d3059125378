/**
 * One small line icon per node kind (24×24, drawn with the kind's colour), used in the graph as a node's background
 * image and in the legend and explorer as inline SVG — so each kind looks the same everywhere.
 */
import type { NodeKind } from '../../../shared/graph';

const DOC = '<path d="M6 2h9l4 4v16H6z"/><path d="M9 10h7M9 14h7M9 18h5"/>';

/** The SVG body (paths) of each kind's icon. */
export const ICON_PATHS: Readonly<Record<NodeKind, string>> = {
  organization: '<path d="M12 3v5M5 13V9h14v4M5 13v3M12 8v8M19 13v3"/><rect x="9" y="1" width="6" height="4"/>',
  ou: '<path d="M3 6h7l2 2h9v11H3z"/>',
  account: '<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 9h18"/>',
  area: '<rect x="3" y="4" width="18" height="16" rx="2"/>',
  root: '<path d="M3 18h18L19 7l-4 5-3-7-3 7-4-5z"/><path d="M4 21h16"/>',
  user: '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>',
  group:
    '<circle cx="8" cy="9" r="3"/><circle cx="16" cy="9" r="3"/><path d="M2 20c0-3 2.7-5 6-5s6 2 6 5M13 15.5c1-.3 2-.5 3-.5 3.3 0 6 2 6 5"/>',
  role: '<path d="M4 14a8 8 0 0 1 16 0"/><path d="M2 14h20v3H2z"/><path d="M12 6v3"/>',
  policy: DOC,
  'aws-policy': `${DOC}<circle cx="18" cy="18" r="3"/>`,
  'inline-policy': '<path d="M6 2h9l4 4v16H6z"/><path d="M9 12h7M9 16h7"/><path d="M10 2v5h4V2"/>',
  scp: '<path d="M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z"/><path d="M9 12l2 2 4-4"/>',
  rcp: '<path d="M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z"/><path d="M9 9h6v6H9z"/>',
  idp: '<circle cx="8" cy="12" r="4"/><path d="M12 12h10M18 12v4M21 12v3"/>',
  service:
    '<circle cx="12" cy="12" r="3"/><path d="M12 2v4M12 18v4M2 12h4M18 12h4M5 5l3 3M16 16l3 3M5 19l3-3M16 8l3-3"/>',
  'instance-profile':
    '<rect x="3" y="5" width="18" height="14" rx="2"/><circle cx="9" cy="12" r="2.5"/><path d="M14 10h4M14 14h4"/>',
  instance:
    '<rect x="3" y="4" width="18" height="7" rx="1"/><rect x="3" y="13" width="18" height="7" rx="1"/><path d="M7 7.5h2M7 16.5h2"/>',
  resource: '<path d="M4 6h16l-2 14H6z"/><ellipse cx="12" cy="6" rx="8" ry="2"/>',
  external: '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>',
};

/** A complete SVG document of a kind's icon in `colour`. */
export function iconSvg(kind: NodeKind, colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="${colour}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${ICON_PATHS[kind]}</svg>`;
}

/** A kind's icon as a data URL (CSP allows `img-src data:`). */
export function iconDataUrl(kind: NodeKind, colour: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(iconSvg(kind, colour))}`;
}
