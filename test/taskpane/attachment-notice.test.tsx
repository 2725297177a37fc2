/**
 * @jest-environment jsdom
 */
import fs from 'node:fs';
import path from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import { CLEAN } from '../office/helpers';
import { renderPane, settled } from './render';

/** The pane names what it could not check in attachments, and shows what it found inside them. */
const xlsx = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'attachments', '工资表.xlsx')).toString('base64');
const PAYROLL = { id: 'att-1', name: '员工名单.xlsx', size: 5038, isInline: false, attachmentType: 'file', content: xlsx };
const CLOUD = { id: 'att-2', name: '年度报告.docx', size: 0, isInline: false, attachmentType: 'cloud' };
const MESSAGE = { ...CLEAN, body: '李经理：\n\n名单见附件，请于11月30日前确认。\n\n谢谢！\n张三' };

test('an ID number in an attached spreadsheet is a finding in the pane', async () => {
  renderPane({ ...MESSAGE, attachments: [PAYROLL] });
  await settled();
  await waitFor(() => expect(document.querySelector('[data-rule="sensitive-content"]')?.textContent).toContain('附件“员工名单.xlsx”的内容'));
  expect(document.body.textContent).not.toContain('11010519491231002X');
});

test.each([
  ['zh-CN', '未能读取这些附件的内容，没有检查其中的敏感信息：员工名单.xlsx。', '云附件（共享链接）的内容不会检查：年度报告.docx。'],
  ['zh-TW', '未能讀取這些附件的內容，沒有檢查其中的敏感資訊：员工名单.xlsx。', '雲端附件（共用連結）的內容不會檢查：年度报告.docx。'],
  ['en-US', 'The contents of these attachments could not be read, so they were not checked for sensitive information: 员工名单.xlsx.', 'Cloud attachments (shared links) are not checked for sensitive information: 年度报告.docx.'],
])('a file that could not be read and a cloud attachment are named as not scanned (%s)', async (displayLanguage, unscanned, cloud) => {
  renderPane({ ...MESSAGE, attachments: [PAYROLL, CLOUD] }, { displayLanguage, behaviour: { getAttachmentContentAsync: 'fail' } });
  await settled();
  expect((await screen.findByTestId('attachments-unscanned')).textContent).toContain(unscanned);
  expect(screen.getByTestId('attachments-cloud').textContent).toContain(cloud);
  expect(document.querySelector('[data-rule="sensitive-content"]')).toBeNull();
});
