/**
 * Driving the 一窗受理 form as a window operator does — typing into antd selects, filling party rows,
 * reading which field is red — shared by the intake test and the stories that start at the window
 * (the case file's wage-arrears story). Each step takes the page it works on.
 */
import type { Locator, Page } from 'playwright-core';
import { idNumberCheckChar } from '@zz/common';

export interface IntakeParty { name: string; idNumber?: string; phone?: string }

/** A valid ID number (GB 11643) from a county code, a birth year and a sequence number. */
export function validIdNumber(seq: number, county = '441422', year = 1975 + (seq % 25)): string {
  const first17 = `${county}${year}0${1 + (seq % 9)}1${seq % 10}${String(seq).padStart(3, '0').slice(-3)}`;
  return first17 + idNumberCheckChar(first17);
}

/** The same number with a wrong check digit. */
export const wrongCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

const itemOf = (control: Locator) => control.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-form-item ")][1]');

/** Whether the form item around `control` shows an error. */
export async function isRed(control: Locator): Promise<boolean> {
  return /\bant-form-item-has-error\b/.test((await itemOf(control).getAttribute('class')) ?? '');
}

/** The error text under `control`. */
export const explain = (control: Locator) => itemOf(control).locator('.ant-form-item-explain').innerText();

/** Waits until `read()` gives `want` (the form validates asynchronously). */
export async function eventually<T>(page: Page, read: () => Promise<T>, want: T, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    const got = await read();
    if (got === want) return;
    if (Date.now() > until) throw new Error(`still ${String(got)}, wanted ${String(want)}`);
    await page.waitForTimeout(100);
  }
}

/**
 * In a focused antd Select: types to filter, waits for the option the operator would see highlighted,
 * Enter, and waits until the list is gone (a Tab while it is open picks the highlighted option and stays).
 */
export async function pick(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active').waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown')]
    .every((d) => d.classList.contains('ant-select-dropdown-hidden') || d.offsetParent === null || getComputedStyle(d).visibility === 'hidden'));
}

/** Picks an option of an antd Select by typing its label (showSearch) and Enter, as an operator would. */
export async function choose(page: Page, testid: string, label: string): Promise<void> {
  await page.getByTestId(testid).click();
  await pick(page, label);
}

export async function fillParty(page: Page, index: number, p: IntakeParty): Promise<void> {
  await page.getByTestId(`party-${index}-name`).fill(p.name);
  if (p.idNumber !== undefined) await page.getByTestId(`party-${index}-idNumber`).fill(p.idNumber);
  if (p.phone !== undefined) await page.getByTestId(`party-${index}-phone`).fill(p.phone);
}

/**
 * Fills the form for a case with these applicants and respondents (the form starts with one applicant
 * row); the type is picked by typing part of its label (e.g. 欠薪).
 */
export async function fillIntake(page: Page, c: { type: string; title: string; description: string; applicants: IntakeParty[]; respondents: IntakeParty[]; amount?: string }): Promise<void> {
  await choose(page, 'intake-type', c.type);
  await page.getByTestId('intake-title').fill(c.title);
  await page.getByTestId('intake-description').fill(c.description);
  for (let i = 1; i < c.applicants.length; i++) await page.getByTestId('add-applicant').click();
  for (let i = 0; i < c.respondents.length; i++) await page.getByTestId('add-respondent').click();
  for (const [i, p] of [...c.applicants, ...c.respondents].entries()) await fillParty(page, i, p);
  if (c.amount) await page.getByTestId('intake-amount').fill(c.amount);
}
