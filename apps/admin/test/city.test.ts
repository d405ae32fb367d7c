import { describe, expect, it } from 'vitest';
import { apiAs, login, screenshot, useBrowser } from './browser.ts';

// 市级汇总: signed in at 示范市, the dashboard rolls up the districts, drills down to one and, with
// the grant the demo city's administrator holds, lists its 市管干部 read-only.

const browser = useBrowser();

interface Figures {
  code: string;
  name: string;
  cadresInService: number;
  quota: { approved: number; filled: number };
}

describe('the city dashboard', () => {
  it('rolls up the districts, drills down to one and lists its city-managed cadres', async () => {
    const api = await apiAs('city');
    const { cityDistrictFigures: districts } = await api.data<{ cityDistrictFigures: Figures[] }>(
      '{ cityDistrictFigures { code name cadresInService quota { approved filled } } }',
    );
    expect(districts.length).toBeGreaterThan(1);

    const page = await browser.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    await login(page, 'city');
    await page.getByRole('heading', { level: 1, name: '工作台（市级汇总）' }).waitFor();

    // One row per district, its figures as the API counts them, none of them zero.
    const table = page.locator('.ant-table').filter({ hasText: '区县' });
    for (const district of districts) {
      expect(district.cadresInService).toBeGreaterThan(0);
      expect(district.quota.approved).toBeGreaterThan(0);
      const cells = table.getByRole('row').filter({ hasText: district.name }).getByRole('cell');
      await expect
        .poll(() => cells.allTextContents())
        .toEqual(
          expect.arrayContaining([
            district.name,
            String(district.cadresInService),
            String(district.quota.approved),
            String(district.quota.filled),
          ]),
        );
    }
    const statistic = (title: string) =>
      page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
    const total = districts.reduce((sum, d) => sum + d.cadresInService, 0);
    await expect
      .poll(() => statistic('在职干部').textContent())
      .toBe(total.toLocaleString('en-US'));
    await screenshot(page, 'city-dashboard');

    // Drill-down: the district's own figures and charts.
    const [first] = districts;
    if (!first) throw new Error('no district');
    await table.getByRole('link', { name: first.name }).click();
    await page.waitForURL(`**/city/districts/${first.code}`);
    await page.getByRole('heading', { level: 1, name: first.name }).waitFor();
    await expect
      .poll(() => statistic('核定职数').textContent())
      .toBe(first.quota.approved.toLocaleString('en-US'));
    await page.getByRole('img', { name: /^职务职级分布：/ }).waitFor();

    // 市管干部: the first page as the API lists it, each name opening the basic facts.
    const { cityManagedCadres } = await api.data<{
      cityManagedCadres: { data: { nodes: { id: string; name: string }[] } };
    }>(
      `query ($code: String!) { cityManagedCadres(districtCode: $code, first: 20) {
        ... on QueryCityManagedCadresSuccess { data { nodes { id name } } } } }`,
      { code: first.code },
    );
    const managed = cityManagedCadres.data.nodes;
    expect(managed.length).toBeGreaterThan(0);
    const list = page.locator('.ant-card').filter({ hasText: '市管干部' });
    for (const cadre of managed) await list.getByRole('link', { name: cadre.name }).waitFor();
    await screenshot(page, 'city-district');

    const [cadre] = managed;
    if (!cadre) throw new Error('no cadre');
    await list.getByRole('link', { name: cadre.name }).click();
    await page.waitForURL(`**/city/districts/${first.code}/cadres/${cadre.id}`);
    await page.getByRole('heading', { level: 1, name: `${cadre.name}（市管干部）` }).waitFor();
    await page.locator('.ant-descriptions').getByText('政治面貌').waitFor();
    await page.context().close();
  });
});
