/**
 * Saying something in the atlas's live region (`Announcer`), from anywhere: a window event, so the
 * code that changes the state needs no reference to the component that speaks.
 */
export const ANNOUNCE_EVENT = 'atlas:announce';

export function announce(message: string): void {
  window.dispatchEvent(new CustomEvent<string>(ANNOUNCE_EVENT, { detail: message }));
}
