/**
 * 时限与阶梯配置 (Chromium against the whole platform): the demo county's history holds one version
 * (the town center's step 2 → 3 working days); its ADMIN opens the screen, sees the rules in force,
 * edits the village committee's days — a 0 is refused by the server on that very field and nothing is
 * written — then saves 3 days, a new holiday and a reason, and sees version 2 at the top of the history.
 * The county's LEADER reads the same screen without an edit button; an operator has no menu entry.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateWorld } from '@zz/demo-world';
import { seedDemoPolicyHistory } from '@zz/cases';
import { menuLabels, useConsole, useSignedInPages } from './console';

jest.setTimeout(180_000);

const world = generateWorld();
const h = useConsole();
const asUser = useSignedInPages(h);

const versions = async () => Number((await h.platform().sql<{ n: string }>(`SELECT count(*) AS n FROM cases.county_policy_version`))[0].n);

describe('时限与阶梯配置', () => {
  beforeAll(async () => {
    // The demo county's history as the demo seed writes it (the test template has no demo cases).
    const p = h.platform();
    await seedDemoPolicyHistory(p.dataSource('cases'), world, p.config, new Date('2026-11-02T02:00:00Z'));
  });

  it('the county ADMIN edits the ladder, sees a server field error on the field, saves, and finds version 2 in the history', async () => {
    const page = await asUser('admin', '/policy');
    await page.getByTestId('policy-version').getByText('现行版本：第 1 版').waitFor();
    const steps = page.getByTestId('policy-steps');
    await steps.getByText('镇综治中心（司法所）').waitFor();
    expect(await steps.locator('tbody tr').nth(2).innerText()).toContain('3');
    const history = page.getByTestId('policy-history');
    await history.getByText('启动配置').waitFor();
    expect(await history.locator('tbody tr').count()).toBe(2);
    expect(await menuLabels(page)).toContain('时限与阶梯配置');

    await page.getByTestId('policy-edit').click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('修改时限与阶梯配置').waitFor();
    const days = drawer.locator('.ant-input-number input');
    // 村调委 (the second step) to 0 working days: the server's BAD_USER_INPUT lands on that field.
    await days.nth(1).fill('0');
    await drawer.getByLabel('修改原因').fill('村调委一级时限调整');
    await page.getByTestId('policy-save').click();
    await drawer.locator('.ant-form-item-explain-error', { hasText: '时限必须是正整数（工作日）' }).waitFor();
    expect(await versions()).toBe(1);

    await days.nth(1).fill('3');
    await drawer.getByLabel('法定节假日').fill('2026-12-31,');
    await drawer.getByLabel('修改原因').fill('村调委反映农忙季节召集双方困难，经县综治中心研究延长为 3 个工作日；补充 12 月 31 日为县内休息日');
    // The field's own error goes once it is corrected.
    await drawer.locator('.ant-form-item-explain-error', { hasText: '时限必须是正整数' }).waitFor({ state: 'detached', timeout: 5_000 });
    await days.nth(1).scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'county-policy-edit');
    await page.getByTestId('policy-save').click();
    await drawer.waitFor({ state: 'detached' });

    await page.getByTestId('policy-version').getByText('现行版本：第 2 版').waitFor();
    await history.getByText('第 2 版').waitFor();
    expect(await history.locator('tbody tr').count()).toBe(3);
    expect(await history.locator('tbody tr').first().innerText()).toContain('村调委反映农忙季节');
    expect(await steps.locator('tbody tr').nth(1).innerText()).toContain('3');
    await page.getByTestId('policy-holidays').getByText('2026-12-31').waitFor();
    expect(await versions()).toBe(2);
    const [stored] = await h.platform().sql<{ days: number }>(`SELECT (rules->'ladder'->'steps'->1->>'days')::int AS days FROM cases.county_policy_version WHERE version = 2`);
    expect(stored.days).toBe(3);
    await h.chromium.screenshot(page, 'county-policy');
    // The screen as the README shows it.
    await page.screenshot({ path: path.resolve(__dirname, '../../docs/screenshots/county-policy.png'), fullPage: true });
  });

  it('the county LEADER reads the rules without an edit button; an operator has no menu entry', async () => {
    const leader = await asUser('county-supervisor', '/policy');
    await leader.getByTestId('policy-version').waitFor();
    await leader.getByText('只读：配置由本县系统管理员修改。').waitFor();
    expect(await leader.getByTestId('policy-edit').count()).toBe(0);

    const operator = await asUser('county-operator', '/cases');
    expect(await menuLabels(operator)).not.toContain('时限与阶梯配置');
  });
});
