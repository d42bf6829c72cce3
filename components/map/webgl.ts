let webglAvailable: boolean | undefined;
/** Whether this browser can draw the map. Asked once: each check makes a WebGL context, and React reads the answer on every render. */
export function hasWebGL(): boolean {
  if (webglAvailable === undefined) {
    try {
      const canvas = document.createElement('canvas');
      webglAvailable = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    } catch {
      webglAvailable = false;
    }
  }
  return webglAvailable;
}
