/**
 * How long a lesson's scenario stays in Evaluate. A lesson hands its world to Evaluate ("Open in Evaluate" on a
 * failing check); that scenario belongs to the lesson. It ends — Evaluate goes back to the learner's own world — when
 * the learner leaves that lesson (back to the catalogue, or opens another one) or switches sandbox, so Evaluate never
 * shows a stale lesson banner over a world the learner has moved on from. Scenarios from files and practice are the
 * learner's own choice and stay until "Back to my world". And when the sandbox holds another world, the Evaluate
 * request is refitted to it at once.
 */
import { untrack } from 'svelte';
import type { AppSession } from './appSession.svelte';
import type { TheatreHandoff } from './scenarioState.svelte';

/** The lesson a handoff came from, if it came from the open lesson (its world is the lesson's world, unchanged). */
export function lessonOrigin(h: TheatreHandoff, lessonId: string | undefined, lessonWorld: unknown): string | null {
  return lessonId !== undefined && h.world !== undefined && h.world === lessonWorld ? lessonId : null;
}

/**
 * Installs the rules for one app (App.svelte, once): remembers which handoffs a lesson made, ends them when their
 * lesson is left or the sandbox changes, and refits the Evaluate request to a new sandbox world. Returns the function
 * that removes them. Its own effect root, so it runs the same in a component and in a unit test.
 */
export function scopeHandoffs(app: AppSession): () => void {
  return $effect.root(() => watch(app));
}

function watch(app: AppSession): void {
  const origin = new WeakMap<TheatreHandoff, string>();

  // Note where each handoff comes from as it is made (before Evaluate takes it).
  $effect.pre(() => {
    const h = app.scenario.pending;
    if (!h) return;
    untrack(() => {
      const from = lessonOrigin(h, app.lessons.lesson?.id, app.lessons.store.world);
      if (from) origin.set(h, from);
    });
  });

  const end = (keep: (lessonId: string) => boolean) =>
    untrack(() => {
      const pending = app.scenario.pending;
      const pendingFrom = pending && origin.get(pending);
      if (pendingFrom && !keep(pendingFrom)) app.scenario.take();
      const active = app.scenario.active;
      const activeFrom = active && origin.get(active);
      if (activeFrom && !keep(activeFrom)) app.evaluate.backToMyWorld();
    });

  // Leaving the lesson (catalogue, or another lesson) ends its scenarios.
  $effect(() => {
    const open = app.lessons.lesson?.id;
    end((from) => from === open);
  });

  // Switching sandbox ends every lesson scenario (the first run only records the sandbox).
  let sandbox: string | null | undefined;
  $effect(() => {
    const id = app.persistence.active?.id ?? null;
    if (sandbox !== undefined && id !== sandbox) end(() => false);
    sandbox = id;
  });

  // Another world in the sandbox (switched, opened, imported) refits the Evaluate request at once, also while
  // Evaluate is on screen (it otherwise refits only when the area shows): no ARN of the old world stays in it.
  $effect(() => {
    void app.sandbox.store.world.meta;
    untrack(() => app.evaluate.refit());
  });
}
