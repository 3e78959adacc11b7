/**
 * After a form that was just used disappears (an answer sent, a version
 * shared), focus moves to the heading of what replaced it, so keyboard and
 * screen-reader users go on from there instead of from the top of the page.
 * It waits a frame: the new content has rendered by then.
 */
export function focusSoon(id: string): void {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}
