/** Debian's Chromium (never a downloaded one); `CADRE_TEST_BROWSER` names another binary. */
export const CHROMIUM = process.env.CADRE_TEST_BROWSER || '/usr/lib/chromium/chromium';

/** Without the networking flags Chromium keeps trying hosts it cannot reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
