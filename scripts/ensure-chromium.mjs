// Runs first in `npm test` (plain Node, before any install): the browser tests drive Debian's
// Chromium, so make sure it is there. Where we can (root with apt, as on a fresh server or CI) we
// install Debian's `chromium` package; otherwise we stop before anything runs, with one sentence
// saying what to install. Never a browser download from elsewhere (no `playwright install`).
//   CHROMIUM_PATH        the executable the browser tests launch (default /usr/bin/chromium)
//   CHROMIUM_NO_INSTALL  set to 1 to never install (behave as a user without root would)
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executable = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function stop(sentence) {
  console.error(`\nnpm test stopped before running anything: ${sentence}\n`);
  process.exit(1);
}

if (!isExecutable(executable)) {
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  const canInstall = hasApt && process.getuid?.() === 0 && process.env.CHROMIUM_NO_INSTALL !== '1';
  if (!hasApt) {
    stop(
      `the browser tests need Chromium at ${executable}; install Chromium from your system's packages and set CHROMIUM_PATH to its executable, then run npm test again.`,
    );
  }
  if (!canInstall) {
    stop(
      `the browser tests need Chromium at ${executable}; install Debian's package once with "sudo apt-get update && sudo apt-get install -y chromium" (it puts Chromium at ${DEBIAN_CHROMIUM}${executable === DEBIAN_CHROMIUM ? '' : '; then unset CHROMIUM_PATH'}), then run npm test again.`,
    );
  }
  if (executable !== DEBIAN_CHROMIUM) {
    stop(
      `CHROMIUM_PATH is ${executable}, which is not an executable file; point it at a Chromium, or unset it and npm test installs Debian's chromium at ${DEBIAN_CHROMIUM}.`,
    );
  }
  console.error(`Chromium is missing at ${DEBIAN_CHROMIUM}: installing Debian's chromium package with apt-get…`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    if (spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status !== 0) {
      stop(
        `"apt-get ${args.join(' ')}" failed (its error is above); install Debian's chromium package, then run npm test again.`,
      );
    }
  }
  if (!isExecutable(DEBIAN_CHROMIUM)) stop(`apt-get installed chromium, yet ${DEBIAN_CHROMIUM} is still missing.`);
  console.error(`Installed Debian's chromium in ${Math.round((Date.now() - started) / 1000)} s.`);
}
