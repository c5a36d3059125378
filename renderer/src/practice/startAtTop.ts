/**
 * An attachment for the root of a practice screen (`{@attach startAtTop(key)}`): when the screen appears, and again
 * when `key` changes (the next question, the next puzzle), the scrolled area around it goes back to its top. The
 * button that led there often sat low on a long page ("Start" on the detective's card, "Next puzzle", "Finish");
 * without this the new screen opened scrolled past its beginning, its title and AWS's message out of sight.
 */
export function startAtTop(key?: unknown): (node: HTMLElement) => void {
  return (node) => {
    void key;
    let box = node.parentElement;
    while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    if (box) box.scrollTop = 0;
  };
}
