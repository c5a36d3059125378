/** Whether the command palette is open (one per app; the shell's command bus toggles it). */
export const palette = $state({ open: false });
