/** The place panel as a bottom sheet on phones: three heights, changed by dragging its handle or by keys. */
export const SHEET_STATES = ['peek', 'half', 'full'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** Each state's height, as a share of the map area's height. */
export const SHEET_HEIGHT: Record<SheetState, number> = { peek: 0.26, half: 0.55, full: 0.94 };

export const SHEET_LABEL: Record<SheetState, string> = { peek: 'peeking', half: 'half height', full: 'full height' };

/** The state nearest a dragged height (a share of the area). */
export function nearestSheetState(share: number): SheetState {
  return SHEET_STATES.reduce((best, s) => (Math.abs(SHEET_HEIGHT[s] - share) < Math.abs(SHEET_HEIGHT[best] - share) ? s : best));
}

/** One step up or down from a state, stopping at the ends. */
export function stepSheet(state: SheetState, by: 1 | -1): SheetState {
  const i = SHEET_STATES.indexOf(state) + by;
  return SHEET_STATES[Math.min(SHEET_STATES.length - 1, Math.max(0, i))]!;
}
