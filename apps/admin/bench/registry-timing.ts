import type { Browser } from 'playwright-core';

/**
 * Recorded in the page: milliseconds from navigation start until the registry is usable — its
 * rows and total on screen — and until a search has replaced them.
 */
const PROBE = `
  (() => {
    const marks = (window.__registry = {});
    new MutationObserver(() => {
      const row = document.querySelector('.registry tbody tr[data-row-key]');
      const total = document.querySelector('.registry-total')?.textContent;
      if (row && total && marks.usable === undefined) marks.usable = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  })();
`;

export interface Visit {
  usableMs: number;
  /** Bytes of JavaScript transferred (compressed), 0 when it came from the HTTP cache. */
  jsBytes: number;
}

/** Opens the registry signed in (token in localStorage), `reloads` times in one context. */
export async function visitRegistry(
  browser: Browser,
  url: string,
  token: string,
  reloads: number,
): Promise<Visit[]> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1440, height: 900 },
  });
  await context.addInitScript((t) => localStorage.setItem('cadre.session', t), token);
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  // Bytes of JavaScript as they came over the wire (compressed), from the DevTools protocol.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Set<string>();
  let jsBytes = 0;
  cdp.on('Network.responseReceived', (e) => {
    if (e.response.url.endsWith('.js')) scripts.add(e.requestId);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (scripts.has(e.requestId)) jsBytes += e.encodedDataLength;
  });
  const visits: Visit[] = [];
  for (let i = 0; i <= reloads; i++) {
    jsBytes = 0;
    if (i === 0) await page.goto('/cadres');
    else await page.reload();
    await page.waitForFunction(
      () => (window as { __registry?: { usable?: number } }).__registry?.usable,
    );
    const usableMs = await page.evaluate(
      () => (window as unknown as { __registry: { usable: number } }).__registry.usable,
    );
    visits.push({ usableMs, jsBytes });
  }
  await context.close();
  return visits;
}

/** A search by surname: milliseconds from Enter until the total shows the new count. */
export async function timeSearch(browser: Browser, url: string, token: string): Promise<number> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 1440, height: 900 },
  });
  await context.addInitScript((t) => localStorage.setItem('cadre.session', t), token);
  const page = await context.newPage();
  await page.goto('/cadres');
  const total = page.locator('.registry-total');
  await page.locator('.registry tbody tr[data-row-key]').first().waitFor();
  const before = await total.textContent();
  const box = page.getByRole('searchbox');
  await box.fill('王');
  const started = Date.now();
  await box.press('Enter');
  await page.waitForFunction(
    (old) => document.querySelector('.registry-total')?.textContent !== old,
    before,
  );
  const ms = Date.now() - started;
  await context.close();
  return ms;
}
