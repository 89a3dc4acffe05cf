// Debian's Chromium, as every browser test and benchmark here starts it: installed by scripts/install-chromium.sh,
// never downloaded, and kept from reaching out on its own (updates, sync, field trials).

/** Path of the Chromium executable: `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless Chromium in a container as root, with no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
