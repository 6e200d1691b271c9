/**
 * 入驻与轮驻 (Chromium against the whole platform): the county's leader opens the screen, sees 今日在岗,
 * tries to put a rotating department on a window this month's rota already gives to another — the
 * CONFLICT turns the window field red — then frees the window and plans it, and the department
 * appears in the rota and in 今日在岗. A department with rota entries cannot be made resident: the
 * CONFLICT lands on 入驻方式.
 */
import { pickIn, useConsole, useSignedInPages } from './console';

jest.setTimeout(180_000);

const h = useConsole();
const asUser = useSignedInPages(h);

interface Rota { windowNumber: number; department: { id: string; name: string } }

/** This month's rota at the county and a rotating department it does not hold, with one of its staff. */
async function facts() {
  const p = h.platform();
  const token = await p.login('county-supervisor');
  const r = await p.gql<any>(`{ centers(level: COUNTY) { id rota { windowNumber department { id name } }
    allStationings { mode department { id name } staff { name } } } }`, {}, token);
  expect(r.errors).toBeUndefined();
  const center = r.data.centers[0];
  const rota = center.rota as Rota[];
  const free = (center.allStationings as { mode: string; department: { id: string; name: string }; staff: { name: string }[] }[])
    .find((s) => s.mode === 'ROTATING' && !rota.some((a) => a.department.id === s.department.id))!;
  return { taken: rota.find((a) => a.windowNumber === 10)!, free };
}

describe('入驻与轮驻', () => {
  it('the leader plans a rotating window of this month, meets the CONFLICT on the field, and sees the department on duty', async () => {
    const { taken, free } = await facts();
    const page = await asUser('county-supervisor', '/stationing');
    await page.getByTestId('stationing-page').waitFor();
    await page.getByTestId('duty-司法局').waitFor();
    await page.getByTestId('rota-table').getByText(taken.department.name).waitFor();

    const plan = async () => {
      await page.getByTestId('rota-plan').click();
      const dialog = page.getByRole('dialog');
      await pickIn(page, dialog.getByLabel('轮驻窗口', { exact: true }), '10 号');
      await pickIn(page, dialog.getByLabel('轮驻部门', { exact: true }), free.department.name);
      await pickIn(page, dialog.getByLabel('轮驻人员', { exact: true }), free.staff[0].name);
      await dialog.locator('.ant-modal-title').click(); // closes the (multiple) staff list
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' }).catch(() => undefined);
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
    };

    // Window 10 is taken this month: the database refuses, the window field says why.
    await plan();
    await page.getByRole('dialog').getByText('该窗口本月已安排其他部门轮驻').waitFor();
    await h.chromium.screenshot(page, 'stationing-conflict');
    await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Free the window, then plan it.
    const row = page.getByTestId('rota-table').locator('tr', { hasText: taken.department.name });
    // Deleted after 确定; a click a loaded machine lost (the row still there, the confirm gone) is made again.
    for (let attempt = 0; ; attempt++) {
      if (!(await page.locator('.ant-popconfirm:visible').count())) await row.getByRole('button', { name: /删\s*除/ }).click();
      await page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定|OK/ }).click();
      if (await row.waitFor({ state: 'detached', timeout: 10_000 }).then(() => true, () => false)) break;
      if (attempt === 2) throw new Error('the rota row was never removed');
    }
    await plan();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByTestId('rota-table').locator('tr', { hasText: free.department.name }).getByText(free.staff[0].name).waitFor();
    const card = page.getByTestId(`duty-${free.department.name}`);
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('10 号窗口');
    await expect(page.getByTestId(`duty-${taken.department.name}`).count()).resolves.toBe(0);
    await page.getByTestId('on-duty').scrollIntoViewIfNeeded();
    await h.chromium.screenshot(page, 'stationing');

    // 住建局 rotates (seed 000) and has this year's rota: it cannot simply become resident.
    await page.getByTestId('stationing-edit-住建局').click();
    const dialog = page.getByTestId('modal-stationing');
    await dialog.getByText('常驻', { exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('dialog').getByText('该部门已有轮驻安排，改为其他入驻方式前请先删除其轮驻安排').waitFor();
  });
});
