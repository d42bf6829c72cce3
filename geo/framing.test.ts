import { describe, expect, it } from 'vitest';
import { FRAME_MARGIN, clearOfPanel, clearOfStrip, panelAwarePadding, visibleMapBox } from './framing';

describe('panelAwarePadding', () => {
  it('uses the margin alone without a panel', () => {
    expect(panelAwarePadding({ width: 1000, height: 700 }, null)).toEqual({ top: FRAME_MARGIN, right: FRAME_MARGIN, bottom: FRAME_MARGIN, left: FRAME_MARGIN });
  });

  it('pads the right past a side panel', () => {
    const p = panelAwarePadding({ width: 1024, height: 650 }, { left: 630, top: 12, right: 1012, bottom: 638 });
    expect(p.right).toBe(1024 - 630 + FRAME_MARGIN);
    expect(p.left).toBe(FRAME_MARGIN);
  });

  it('pads the bottom past a bottom sheet', () => {
    const p = panelAwarePadding({ width: 390, height: 780 }, { left: 0, top: 390, right: 390, bottom: 780 });
    expect(p.bottom).toBe(780 - 390 + FRAME_MARGIN);
    expect(p.right).toBe(FRAME_MARGIN);
  });

  it('always leaves room to frame something', () => {
    const p = panelAwarePadding({ width: 400, height: 700 }, { left: 20, top: 0, right: 400, bottom: 700 });
    expect(400 - p.left - p.right).toBeGreaterThanOrEqual(80);
  });
});

describe('visibleMapBox', () => {
  it('is the whole map without a panel, or with one beside the map', () => {
    expect(visibleMapBox({ width: 992, height: 749 }, null)).toEqual({ left: 0, top: 0, right: 992, bottom: 749 });
    expect(visibleMapBox({ width: 992, height: 749 }, { left: 1000, top: 0, right: 1300, bottom: 749 })).toEqual({ left: 0, top: 0, right: 992, bottom: 749 });
  });

  it('leaves out what a side panel or a bottom sheet covers', () => {
    expect(visibleMapBox({ width: 1024, height: 650 }, { left: 630, top: 12, right: 1012, bottom: 638 })).toEqual({ left: 0, top: 0, right: 630, bottom: 650 });
    expect(visibleMapBox({ width: 412, height: 780 }, { left: 0, top: 390, right: 412, bottom: 800 })).toEqual({ left: 0, top: 0, right: 412, bottom: 390 });
  });

  it('is the whole map when the panel leaves too little of it (a sheet at full height)', () => {
    expect(visibleMapBox({ width: 412, height: 780 }, { left: 0, top: 60, right: 412, bottom: 780 })).toEqual({ left: 0, top: 0, right: 412, bottom: 780 });
  });
});

describe('clearOfStrip', () => {
  const side = panelAwarePadding({ width: 992, height: 749 }, { left: 620, top: 12, right: 980, bottom: 737 });
  it('keeps the panel\'s padding and raises the bottom past the open timeline', () => {
    const p = clearOfStrip(side, { width: 992, height: 749 }, { left: 48, top: 470, right: 540, bottom: 740 });
    expect(p).toEqual({ ...side, bottom: 749 - 470 + FRAME_MARGIN });
  });

  it('changes nothing without a strip, or with one below the map', () => {
    expect(clearOfStrip(side, { width: 992, height: 749 }, null)).toEqual(side);
    expect(clearOfStrip(side, { width: 992, height: 749 }, { left: 48, top: 760, right: 540, bottom: 900 })).toEqual(side);
  });

  it('always leaves room to frame something', () => {
    const p = clearOfStrip(side, { width: 992, height: 749 }, { left: 0, top: 20, right: 992, bottom: 749 });
    expect(749 - p.top - p.bottom).toBeGreaterThanOrEqual(749 * 0.25);
  });
});

describe('clearOfPanel', () => {
  it('tells a box beside the panel from one under it', () => {
    const panel = { left: 600, top: 0, right: 1000, bottom: 700 };
    expect(clearOfPanel({ left: 100, top: 100, right: 590, bottom: 300 }, panel)).toBe(true);
    expect(clearOfPanel({ left: 100, top: 100, right: 650, bottom: 300 }, panel)).toBe(false);
  });
});
