/**
 * The shell's look, kept on <html>: the theme (`data-theme`, light by default) and presenter mode (the `presenter`
 * class). Areas that draw the graph follow it so that Cytoscape's colours and sizes change with the shell.
 */

/** What `followDocumentLook` gives: read-only, reactive. */
export interface DocumentLook {
  readonly theme: string;
  readonly presenter: boolean;
}

/** Follows the look of <html> for as long as the calling component lives (call it while the component initialises). */
export function followDocumentLook(): DocumentLook {
  const root = document.documentElement;
  let theme = $state(root.dataset.theme ?? 'light');
  let presenter = $state(root.classList.contains('presenter'));
  $effect(() => {
    const observer = new MutationObserver(() => {
      theme = root.dataset.theme ?? 'light';
      presenter = root.classList.contains('presenter');
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'class'] });
    return () => observer.disconnect();
  });
  return {
    get theme() {
      return theme;
    },
    get presenter() {
      return presenter;
    },
  };
}
