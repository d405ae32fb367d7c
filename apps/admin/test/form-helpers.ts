import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Driving antd's popups from a browser test: selects and date pickers open animated dropdowns
// outside the form, and a click during the animation may land beside its target on a busy machine.
// And what the server answered to the mutation a click sent.

/** Waits until `popup` (a dialog, a dropdown) has finished its entrance animation. */
export const settled = (popup: Locator) =>
  popup.evaluate((element) =>
    Promise.all(
      element.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined)),
    ),
  );

/**
 * Opens the select `field` and clicks its option `text`. A long list renders only what is in
 * view: a select with search is narrowed to the option first.
 */
export async function pick(page: Page, field: Locator, text: string) {
  await field.click();
  if (await field.isEditable()) await field.fill(text);
  const dropdown = page.locator('.ant-select-dropdown').filter({ visible: true });
  const option = dropdown.getByTitle(text, { exact: true });
  await option.waitFor();
  await settled(dropdown);
  await option.click();
}

/**
 * Types a day into a date picker and leaves it with Tab (Enter would also submit a form). The
 * mouse rests outside the calendar that opens: a day under the pointer is the picker's preview.
 */
export async function pickDate(page: Page, input: Locator, value: string) {
  await page.mouse.move(0, 0);
  await input.fill(value);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** A mutation's answer as the page received it: the union member, with a refusal's words. */
export interface MutationAnswer {
  __typename: string;
  messageZh?: string;
}

/** Does `act` and returns the answer of the mutation it sends (urql selects every `__typename`). */
export async function mutationAnswer(
  page: Page,
  act: () => Promise<void>,
): Promise<MutationAnswer> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('mutation '),
    ),
    act(),
  ]);
  const body = (await response.json()) as { data?: Record<string, MutationAnswer | undefined> };
  const answer = Object.values(body.data ?? {})[0];
  if (!answer) throw new Error(`no answer: ${JSON.stringify(body)}`);
  return answer;
}

/** Does `act`; the mutation it sends must succeed (a refusal fails the test with its words). */
export async function succeeds(page: Page, act: () => Promise<void>): Promise<void> {
  const answer = await mutationAnswer(page, act);
  expect(answer.__typename, answer.messageZh).toMatch(/Success$/);
}
