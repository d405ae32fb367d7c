import { describe, expect, it } from 'vitest';
import { defined } from '@cadre/testing';
import { apiAs, login, useBrowser } from './browser.ts';

// The unit picker of a filter kept in the address: a unit below the top level of the tree is named
// on opening the page, before its level is loaded, not shown by its id.

const browser = useBrowser();

/** A demo unit of 东湖区 under another unit. */
async function nestedUnit(): Promise<{ id: string; name: string }> {
  const api = await apiAs('donghu');
  const { units } = await api.data<{ units: { children: { id: string; name: string }[] }[] }>(
    '{ units { children { id name } } }',
  );
  return defined(units.flatMap((u) => u.children)[0], 'a unit under a top-level unit');
}

describe('the unit picker', () => {
  it.each(['/selection/cases?unit=', '/assessment/results?unit='])(
    'names a nested unit given in the address: %s',
    async (address) => {
      const unit = await nestedUnit();
      const page = await browser.page();
      await login(page, 'donghu', `${address}${encodeURIComponent(unit.id)}`);
      const picker = page.locator('.ant-select').filter({ has: page.getByLabel('单位') });
      await expect.poll(() => picker.textContent()).toContain(unit.name);
      expect(await picker.textContent()).not.toContain(unit.id);
      await page.context().close();
    },
  );
});
