// Finds a Chromium for the browser tests: CHROMIUM_PATH, the system's, then Playwright's own
// installer as a last resort (it needs network access that these machines do not have).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function playwrightChromium() {
  const probe = spawnSync('node', ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], { encoding: 'utf8' });
  const found = probe.stdout?.trim();
  return found && existsSync(found) ? found : null;
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = CANDIDATES.find((p) => existsSync(p));
  if (system) return system;
  const cached = playwrightChromium();
  if (cached) return cached;
  console.log('No system Chromium found; trying Playwright’s installer…');
  // The project's own Playwright (`--no-install`: never fetch the package itself).
  const install = spawnSync('npx', ['--no-install', 'playwright', 'install', 'chromium'], { stdio: 'inherit' });
  return install.status === 0 ? playwrightChromium() : null;
}
