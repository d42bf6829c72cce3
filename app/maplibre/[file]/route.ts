import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `GET /maplibre/<file>`: MapLibre's own ES modules, served as files of the app so the page can start
 * loading the map before the app's scripts run (see `public/map-boot.mjs`). Copied at build time from
 * the installed package, so the version is the one in package-lock.json.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

const MAPLIBRE_FILES = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs'] as const;

export function generateStaticParams() {
  return MAPLIBRE_FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!(MAPLIBRE_FILES as readonly string[]).includes(file)) return new Response('Not found', { status: 404 });
  // The source-map comment points at a file the app does not ship; without it devtools do not ask for it.
  const code = readFileSync(path.join(process.cwd(), 'node_modules', 'maplibre-gl', 'dist', file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/u, '\n');
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
