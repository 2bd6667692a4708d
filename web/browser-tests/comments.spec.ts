// Journeys of comments: a member's comment with Markdown and a mention that the other member sees, with
// reactions and who reacted; an image attached by drag and drop with its preview and its download, and a file too
// large refused in words; an attempted script injection shown as inert text; a viewer who reads but cannot write,
// the project's discussion tab and a task's comment count; the thread on a phone.
import { writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import {
  accessible,
  call,
  callEventually,
  eventually,
  join,
  newAccount,
  newProject,
  otherBrowser,
  shot,
  signIn,
  taskRow,
  written,
  type Account,
} from './support';

/** A real PNG (a 64×48 gradient), so the comments service's content check and thumbnail have an image to read. */
function png(width = 64, height = 48): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([(x * 4) & 0xff, (y * 5) & 0xff, 160], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A project of Ada's with one task, that the comments service knows (it learns of both through Kafka). */
async function taskWithComments(ada: Account, title: string, members: [Account, string][] = []) {
  const project = await newProject(ada, 'Garden', [title]);
  for (const [member, role] of members) await join(ada, project.id, member, role);
  const taskId = String(project.tasks[0].id);
  for (const who of [ada, ...members.map(([m]) => m)]) {
    await callEventually('GET', `/api/v1/comments?taskId=${taskId}`, { as: who });
  }
  return { ...project, taskId, taskUrl: `${project.url}?task=${taskId}` };
}

const thread = (page: Page) => page.getByRole('dialog', { name: 'Task' }).getByRole('region', { name: /^Comments/ });
const commentBy = (page: Page, author: string) => thread(page).getByRole('article', { name: author });

test('a comment with Markdown and a mention; the mentioned member sees it and reacts', async ({ page, browser }) => {
  const ada = await newAccount('Ada Lovelace');
  const bob = await newAccount('Bob Builder');
  const garden = await taskWithComments(ada, 'Plan the beds', [[bob, 'member']]);
  await signIn(page, ada, garden.taskUrl);
  const box = thread(page).getByRole('combobox', { name: 'Comment' });
  await box.click();
  await box.pressSequentially('Thanks @Bo');
  await thread(page)
    .getByRole('option', { name: /Bob Builder/ })
    .waitFor();
  await box.press('Enter');
  await box.pressSequentially('for **the plan**');
  await expect(box).toHaveValue(/^Thanks @\[Bob Builder\]\(user:[0-9a-f-]{36}\) for \*\*the plan\*\*$/);
  await thread(page).getByRole('tab', { name: 'Preview' }).click();
  const preview = thread(page).getByRole('tabpanel', { name: 'Preview' });
  await expect(preview.locator('.mention')).toHaveText('@Bob Builder');
  await expect(preview.locator('strong')).toHaveText('the plan');
  await written(page, 'POST', '/api/v1/comments', () =>
    thread(page).getByRole('button', { name: 'Comment', exact: true }).click(),
  );
  const mine = commentBy(page, 'Ada Lovelace');
  await expect(mine.locator('.mention')).toHaveText('@Bob Builder');
  await expect(box).toHaveValue('');

  // Bob, in his own browser, sees it and reacts
  const other = await otherBrowser(browser, bob);
  try {
    await other.page.goto(garden.taskUrl);
    const seen = commentBy(other.page, 'Ada Lovelace');
    await expect(seen.locator('.mention')).toHaveText('@Bob Builder');
    await expect(seen.locator('.markdown strong')).toHaveText('the plan');
    await seen.getByRole('button', { name: 'Add reaction' }).click();
    await written(other.page, 'PUT', '/reactions/', () => seen.getByRole('button', { name: 'thumbs up' }).click());
    await expect(seen.getByRole('button', { name: '👍 1' })).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await other.context.close();
  }

  // Ada sees Bob's reaction, who made it, and adds hers
  await page.reload();
  const thumbs = commentBy(page, 'Ada Lovelace').getByRole('button', { name: '👍 1' });
  await expect(thumbs).toHaveAttribute('aria-pressed', 'false');
  // who reacted: in a tooltip on focus (the keyboard's way) and on hover (again if the thread moved under the mouse)
  const who = commentBy(page, 'Ada Lovelace').getByRole('tooltip');
  await thumbs.focus();
  await expect(who).toHaveText('Bob Builder');
  await page.getByRole('dialog', { name: 'Task' }).getByRole('button', { name: 'Close' }).first().focus();
  await expect(who).toBeHidden();
  await expect(async () => {
    await thumbs.hover();
    await expect(who).toBeVisible({ timeout: 1000 });
  }).toPass();
  await written(page, 'PUT', '/reactions/', () => thumbs.click());
  await expect(commentBy(page, 'Ada Lovelace').getByRole('button', { name: '👍 2' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await shot(page, '40-comments-thread');
  await accessible(page, 'comments thread');

  // edited: the earlier version stays readable
  await commentBy(page, 'Ada Lovelace').getByRole('button', { name: 'Edit comment by Ada Lovelace' }).click();
  const edit = commentBy(page, 'Ada Lovelace').getByRole('combobox', { name: 'Edit comment' });
  await edit.fill('Thanks, the plan is *final*');
  await written(page, 'PATCH', '/api/v1/comments/', () =>
    commentBy(page, 'Ada Lovelace').getByRole('button', { name: 'Save' }).click(),
  );
  await expect(commentBy(page, 'Ada Lovelace').locator('em')).toHaveText('final');
  await commentBy(page, 'Ada Lovelace').getByRole('button', { name: 'edited' }).click();
  const history = commentBy(page, 'Ada Lovelace').getByRole('region', { name: 'Earlier versions' });
  await expect(history.locator('.markdown strong')).toHaveText('the plan');
});

test('an image dropped on the composer shows its preview and downloads; a file too large is refused in words', async ({
  page,
}) => {
  const ada = await newAccount('Ada Lovelace');
  const garden = await taskWithComments(ada, 'Photograph the beds');
  await signIn(page, ada, garden.taskUrl);
  const box = thread(page).getByRole('combobox', { name: 'Comment' });
  await box.fill('The beds today');
  // a file dropped from the desktop: a DataTransfer with it, dropped on the composer
  const drop = await page.evaluateHandle((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'beds.png', { type: 'image/png' }));
    return data;
  }, Array.from(png()));
  const composer = thread(page).locator('form.composer');
  await composer.dispatchEvent('dragover', { dataTransfer: drop });
  await composer.dispatchEvent('drop', { dataTransfer: drop });
  await thread(page).getByRole('list', { name: 'Files to attach' }).getByText('beds.png').waitFor();
  await written(page, 'POST', '/attachments', () =>
    thread(page).getByRole('button', { name: 'Comment', exact: true }).click(),
  );
  const preview = commentBy(page, 'Ada Lovelace').getByRole('img', { name: 'Preview of beds.png' });
  await expect(preview).toHaveAttribute('src', /^data:image\/(png|jpeg);base64,/);
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const download = page.waitForEvent('download');
  await commentBy(page, 'Ada Lovelace').getByRole('button', { name: 'Download beds.png' }).click();
  expect((await download).suggestedFilename()).toBe('beds.png');
  await shot(page, '41-comments-attachment');

  // over the service's limit (25 MB by default): 413, said in words
  await box.fill('The raw scan');
  // picked with the file picker, from a file on disk (a path: the browser reads it, nothing is copied over)
  const scan = test.info().outputPath('scan.bin');
  await writeFile(scan, Buffer.alloc(30 * 1024 * 1024, 7));
  const chooser = page.waitForEvent('filechooser');
  await thread(page).getByRole('button', { name: 'Attach files' }).click();
  await (await chooser).setFiles(scan);
  await thread(page).getByRole('list', { name: 'Files to attach' }).getByText('scan.bin').waitFor();
  await thread(page).getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(thread(page).getByRole('alert')).toHaveText(
    '“scan.bin” (30.0 MB) is too large to attach. Try a smaller file.',
    { timeout: 60_000 },
  );
  await shot(page, '42-comments-too-large');
});

test('a comment that tries to run script shows as inert text', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const garden = await taskWithComments(ada, 'Check the fence');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)> <script>alert(2)</script> [click me](javascript:alert(3))';
  await call('POST', '/api/v1/comments', { as: ada, body: { taskId: garden.taskId, text: attack } });
  await signIn(page, ada, garden.taskUrl);
  const comment = commentBy(page, 'Ada Lovelace');
  await expect(comment).toContainText('<img src=x onerror=alert(1)>');
  await expect(comment).toContainText('<script>alert(2)</script>');
  await expect(comment).toContainText('click me');
  await expect(comment.locator('img, script, iframe, [onerror]')).toHaveCount(0);
  await expect(comment.locator('a')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // typed in the composer too: the preview is inert as well
  const box = thread(page).getByRole('combobox', { name: 'Comment' });
  await box.fill(attack);
  await thread(page).getByRole('tab', { name: 'Preview' }).click();
  const preview = thread(page).getByRole('tabpanel', { name: 'Preview' });
  await expect(preview).toContainText('<img src=x onerror=alert(1)>');
  await expect(preview.locator('img, script, a')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src]):not([type="module"])').length)).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a viewer reads but cannot write; the discussion tab; a task row counts its comments', async ({
  page,
  browser,
}) => {
  const ada = await newAccount('Ada Lovelace');
  const vera = await newAccount('Vera Viewer');
  const garden = await taskWithComments(ada, 'Water the roses', [[vera, 'viewer']]);
  await call('POST', '/api/v1/comments', { as: ada, body: { taskId: garden.taskId, text: 'Every **morning**' } });
  // Ada starts the project's discussion
  await signIn(page, ada, garden.url);
  await page.getByRole('button', { name: 'Discussion' }).click();
  const discussion = page.getByRole('region', { name: 'Garden discussion' });
  await discussion.getByRole('combobox', { name: 'Comment' }).fill('Welcome to the garden');
  await written(page, 'POST', '/api/v1/comments', () =>
    discussion.getByRole('button', { name: 'Comment', exact: true }).click(),
  );
  await discussion.getByRole('article', { name: 'Ada Lovelace' }).getByText('Welcome to the garden').waitFor();
  await shot(page, '43-project-discussion');
  await accessible(page, 'project discussion');

  const other = await otherBrowser(browser, vera);
  try {
    const p = other.page;
    // the tasks service counts the comment once it has heard of it
    await p.goto(garden.url);
    await eventually(
      p,
      () => taskRow(p, 'Water the roses').locator('.chip-comments').isVisible(),
      'the comment count on the task row',
    );
    await expect(taskRow(p, 'Water the roses').locator('.chip-comments')).toHaveText('💬 1 comment');
    await taskRow(p, 'Water the roses').getByRole('button', { name: 'Water the roses' }).click();
    await expect(commentBy(p, 'Ada Lovelace').locator('.markdown strong')).toHaveText('morning');
    await thread(p).getByText('As a viewer you can read the comments but not write.').waitFor();
    await expect(thread(p).getByRole('combobox')).toHaveCount(0);
    await expect(commentBy(p, 'Ada Lovelace').getByRole('button', { name: /^(Edit|Delete|Add reaction)/ })).toHaveCount(
      0,
    );
    await p.keyboard.press('Escape');
    await p.getByRole('button', { name: 'Discussion' }).click();
    const seen = p.getByRole('region', { name: 'Garden discussion' });
    await seen.getByText('Welcome to the garden').waitFor();
    await expect(seen.getByRole('combobox')).toHaveCount(0);
  } finally {
    await other.context.close();
  }
});

test('the thread on a phone: write, mention and react at 375 px', async ({ browser }) => {
  const ada = await newAccount('Ada Lovelace');
  const bob = await newAccount('Bob Builder');
  const garden = await taskWithComments(ada, 'Order compost', [[bob, 'member']]);
  const { context, page } = await otherBrowser(browser, ada, { width: 375, height: 740 });
  try {
    await page.goto(garden.taskUrl);
    const box = thread(page).getByRole('combobox', { name: 'Comment' });
    await box.click();
    await box.pressSequentially('@bo');
    await thread(page)
      .getByRole('option', { name: /Bob Builder/ })
      .click();
    await box.pressSequentially('can you order it?');
    await written(page, 'POST', '/api/v1/comments', () =>
      thread(page).getByRole('button', { name: 'Comment', exact: true }).click(),
    );
    const mine = commentBy(page, 'Ada Lovelace');
    await expect(mine.locator('.mention')).toHaveText('@Bob Builder');
    await mine.getByRole('button', { name: 'Add reaction' }).click();
    await written(page, 'PUT', '/reactions/', () => mine.getByRole('button', { name: 'rocket' }).click());
    await expect(mine.getByRole('button', { name: '🚀 1' })).toBeVisible();
    // nothing wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, '44-comments-phone');
  } finally {
    await context.close();
  }
});
