import type { Map as MapLibreMap } from 'maplibre-gl';

/** MapLibre's default `clickTolerance`: a press released closer than this to where it began moved nothing. */
const CLICK_TOLERANCE = 3;

/** The longest a release's frame is held when nothing else asks for one: past a panel's paint. */
const HOLD_MS = 300;

/**
 * A click on the map draws no map frame of its own before what the click opens has painted.
 *
 * MapLibre arms its drag handler on mousedown and, when the button is released, asks for a frame to
 * apply the release, though nothing moved (its HandlerManager, MapLibre 6). That frame is the
 * renderer's whole cost (~75 ms in the bench's software WebGL) and it came first: the panel a click
 * opens painted only after it, two frames after the click. Here a release that moved nothing keeps
 * the frame it asks for back: MapLibre draws it with the next frame anything else asks for (the
 * selection the click makes, a hover) or, failing that, `HOLD_MS` later; a new press draws it
 * at once, so a drag that follows a click is never held up. Returns a function that stops this.
 */
export function quietClicks(map: MapLibreMap): () => void {
  const container = map.getCanvasContainer();
  let pressedAt: { x: number; y: number } | null = null;
  /** A frame MapLibre asked for on a release and has not drawn yet. */
  let held = false;
  let timer: number | null = null;

  const drawHeld = () => {
    timer = null;
    if (!held) return;
    held = false;
    map.triggerRepaint();
  };
  const onPress = (event: MouseEvent) => {
    pressedAt = { x: event.clientX, y: event.clientY };
    drawHeld();
  };
  // Window capture: before MapLibre's own listeners (on the map's container and its document) see the release.
  const beforeRelease = (event: MouseEvent) => {
    if (!pressedAt || Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) >= CLICK_TOLERANCE) return;
    // An own property over the prototype's method, for this one event's dispatch.
    map.triggerRepaint = () => {
      held = true;
    };
  };
  // Window bubble: after them.
  const afterRelease = () => {
    pressedAt = null;
    if (!Object.hasOwn(map, 'triggerRepaint')) return;
    delete (map as { triggerRepaint?: unknown }).triggerRepaint;
    if (!held) return;
    // Any frame MapLibre draws applies the held release (its handlers' queued work runs first in every frame).
    map.once('render', () => {
      held = false;
    });
    // Else drawn a little later: the release moved nothing, so the held frame shows nothing new.
    timer ??= window.setTimeout(drawHeld, HOLD_MS);
  };

  container.addEventListener('mousedown', onPress, true);
  window.addEventListener('mouseup', beforeRelease, true);
  window.addEventListener('mouseup', afterRelease);
  return () => {
    container.removeEventListener('mousedown', onPress, true);
    window.removeEventListener('mouseup', beforeRelease, true);
    window.removeEventListener('mouseup', afterRelease);
    drawHeld();
  };
}
