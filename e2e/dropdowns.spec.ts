import { expect, test } from '@playwright/test';

// The filter pickers (Actors, Event types, Outlets, Speakers) are comboboxes whose listbox shares their name.

test('Escape closes a filter list and leaves focus on the control that opened it', async ({ page }) => {
  await page.goto('/');
  const actors = page.getByRole('combobox', { name: 'Actors' });
  await actors.click();
  await expect(page.getByRole('listbox', { name: 'Actors' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Actors' })).toHaveCount(0);
  await expect(actors).toBeFocused();
  await expect(actors).toHaveAttribute('aria-expanded', 'false');
  // A click on the focused control opens it again.
  await actors.click();
  await expect(page.getByRole('listbox', { name: 'Actors' })).toBeVisible();
});

test('Tab out of a filter list closes it, so lists do not pile up', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Event types' }).click();
  await expect(page.getByRole('listbox', { name: 'Event types' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Outlets' })).toBeFocused();
  await expect(page.getByRole('listbox', { name: 'Event types' })).toHaveCount(0);
  await expect(page.getByRole('listbox')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('listbox')).toHaveCount(0);
});

test('a click on the timeline or the network closes a filter list; a click on an option keeps it open', async ({
  page,
}) => {
  await page.goto('/');
  const list = page.getByRole('listbox', { name: 'Actors' });
  await page.getByRole('combobox', { name: 'Actors' }).click();
  await list.getByRole('option').first().click();
  await expect(list).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const box = (await timeline.boundingBox())!;
  // The plot, right of the lane labels, well below the header: d3's zoom handles this press.
  await page.mouse.click(box.x + box.width - 40, box.y + box.height * 0.6);
  await expect(list).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Outlets' }).click();
  await expect(page.getByRole('listbox', { name: 'Outlets' })).toBeVisible();
  const network = page
    .getByRole('region', { name: 'Actor network' })
    .getByRole('group', { name: 'Actors and the events between them' });
  await network.scrollIntoViewIfNeeded();
  const net = (await network.boundingBox())!;
  await page.mouse.click(net.x + 8, net.y + 8);
  await expect(page.getByRole('listbox', { name: 'Outlets' })).toHaveCount(0);
});
