import type { FrameLocator, Locator, Page } from 'playwright-core';
import { finding, loadExample, pageTest, pane, useSharedE2E } from './helpers';

/**
 * Hostile text in the built task pane, in Chromium at the widths Outlook gives it: an admin's
 * clause or template name with no break opportunity, a file name with a right-to-left override.
 */
const current = useSharedE2E();

/** One word of 10,000 characters: nothing to break at but "anywhere". */
const LONG_WORD = 'W'.repeat(10_000);
/** Outlook's default pane width, and a wider one. */
const WIDTHS = [320, 450];

async function usePolicy(page: Page, policy: unknown): Promise<void> {
  await page.getByTestId('policy-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(policy)) });
  await page.getByTestId('policy-status').filter({ hasText: 'hostile.json' }).waitFor();
}

/** Gives the pane's frame `width` CSS pixels, as a user dragging Outlook's pane edge does. */
async function paneWidth(page: Page, width: number): Promise<void> {
  await page.getByTestId('task-pane').evaluate((frame, px) => {
    (frame as HTMLIFrameElement).style.width = `${px}px`;
  }, width);
  await pane(page).locator('html').evaluate((html, px) => new Promise<void>((resolve) => {
    const check = () => (html.clientWidth === px ? resolve() : requestAnimationFrame(check));
    check();
  }), width);
}

/** How wide the pane's document is against its viewport. */
function extent(frame: FrameLocator): Promise<{ scrollWidth: number; viewport: number }> {
  return frame.locator('html').evaluate((html) => ({ scrollWidth: html.scrollWidth, viewport: html.clientWidth }));
}

async function addAttachment(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: '文件名' }).fill(name);
  await page.getByRole('button', { name: '添加附件' }).click();
}

/**
 * Scrolled to (downwards only: the pane must never need sideways scrolling), the button lies
 * inside the pane's viewport and is what a click at its centre reaches.
 */
async function reachable(button: Locator): Promise<{ inside: boolean; hit: boolean }> {
  return button.evaluate((element) => {
    window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - window.innerHeight / 2);
    const box = element.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { inside: box.left >= 0 && box.right <= viewport && box.width > 0, hit: hit !== null && element.contains(hit) };
  });
}

pageTest(current, 'a 10,000-character word in a clause, an instruction or a file name wraps: the pane is never wider than its viewport', async (page) => {
  await usePolicy(page, {
    version: 'hostile',
    clauses: { 'sensitive-content': `《规范》${LONG_WORD}`, 'attachment-blocked-type': LONG_WORD },
    encryption: { method: 'instruction', text: LONG_WORD },
  });
  await loadExample(page, 'classified-external', 'sensitive-content');
  await addAttachment(page, `${LONG_WORD}.exe`);
  await finding(page, 'attachment-blocked-type').waitFor();
  const card = finding(page, 'sensitive-content');
  // The organisation's clause is always shown, as what the finding is based on.
  await card.locator('[data-part="clause"]').filter({ hasText: /^依据：《规范》/u }).waitFor();
  await card.getByRole('button', { name: '查看加密方法' }).click();
  await card.getByRole('status').waitFor();
  for (const width of WIDTHS) {
    await paneWidth(page, width);
    expect(await extent(pane(page))).toEqual({ scrollWidth: width, viewport: width });
    expect(await reachable(card.getByRole('button', { name: '查看加密方法' }))).toEqual({ inside: true, hit: true });
    expect(await reachable(finding(page, 'attachment-blocked-type').getByRole('button', { name: '知道了' }))).toEqual({ inside: true, hit: true });
  }
});

pageTest(current, 'a long template name, subject and body wrap, and the Insert button stays on screen and works', async (page) => {
  await usePolicy(page, { version: 'hostile', templates: [{ name: LONG_WORD, subject: LONG_WORD, body: `${LONG_WORD}\n${LONG_WORD}` }] });
  await loadExample(page, 'clean');
  await pane(page).getByRole('tab', { name: '邮件模板' }).click();
  const insert = pane(page).getByRole('button', { name: /^插入/u });
  for (const width of WIDTHS) {
    await paneWidth(page, width);
    expect(await extent(pane(page))).toEqual({ scrollWidth: width, viewport: width });
    expect(await reachable(insert)).toEqual({ inside: true, hit: true });
  }
  await insert.click();
  await pane(page).getByText('已插入').waitFor();
  expect(await extent(pane(page))).toEqual({ scrollWidth: 450, viewport: 450 });
});

interface Drawn {
  readonly top: number;
  readonly left: number;
}

/** Where each of `parts` is drawn in the finding's message: its first line box (undefined when not found). */
function drawnAt(message: Locator, parts: string[]): Promise<Array<Drawn | undefined>> {
  return message.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    return wanted.map((part) => {
      const node = texts.find((text) => text.data.includes(part));
      if (!node) return undefined;
      const range = document.createRange();
      const start = node.data.indexOf(part);
      range.setStart(node, start);
      range.setEnd(node, start + part.length);
      const rect = range.getClientRects()[0];
      return rect ? { top: Math.round(rect.top), left: Math.round(rect.left) } : undefined;
    });
  }, parts);
}

pageTest(current, 'a right-to-left override in a file name is shown as a visible marker and cannot reorder the name or the sentence', async (page) => {
  await loadExample(page, 'clean');
  await addAttachment(page, 'invoice\u202Egnp.exe');
  const card = finding(page, 'attachment-blocked-type');
  await card.waitFor();
  const message = card.locator('[data-part="message"]');
  const text = (await message.textContent({ timeout: 5_000 })) ?? '';
  expect(text).not.toContain('\u202E');
  expect(text).toContain('invoice⟨U+202E⟩gnp.exe');
  // The name sits in an isolating element; the marker is an element of its own.
  expect(await message.locator('bdi', { hasText: 'invoice' }).count()).toBe(1);
  expect(await message.locator('bdi [data-bidi-control="U+202E"]').count()).toBe(1);
  // Drawn in the order it is stored: invoice, gnp, .exe, then the rest of the sentence.
  const [invoice, gnp, exe, rest] = await drawnAt(message, ['invoice', 'gnp', '.exe', '是可执行文件']);
  const before = (a?: Drawn, b?: Drawn) => !!a && !!b && (a.top < b.top - 2 || (Math.abs(a.top - b.top) <= 2 && a.left < b.left));
  expect([before(invoice, gnp), before(gnp, exe), before(exe, rest)]).toEqual([true, true, true]);
});
