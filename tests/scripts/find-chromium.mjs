import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright';

const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` first, then a system Chromium on the PATH,
 * then the browser Playwright downloaded, if any. A missing browser is reported with what to
 * install, rather than as a launch stack trace.
 * @returns {string}
 */
export function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!isExecutable(configured)) {
      throw new Error(`CHROMIUM_PATH is set to "${configured}", which is not an executable file.`);
    }
    return configured;
  }
  for (const directory of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(directory, name);
      if (directory && isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) {
    return bundled;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one (on Debian or Ubuntu: `apt-get install -y chromium`), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable, or run `npx playwright install chromium`.',
  );
}

/** Flags for headless runs in containers: root needs --no-sandbox, and /dev/shm is often tiny. */
export const chromiumArgs = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
