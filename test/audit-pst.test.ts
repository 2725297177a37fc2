/**
 * The `.pst` input of `preflight audit`: the committed fixture (made by scripts/make-pst-fixture.js)
 * read with pst-extractor, every message mapped to the draft its manifest describes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openPst, pstItems } from '../src/cli/audit/sources/pst';
import { FIXTURES } from './helpers/cli';

const PST = path.join(FIXTURES, 'audit', 'small.pst');

interface ManifestAddress {
  readonly name: string;
  readonly address: string;
}

interface ManifestMessage {
  readonly folder: string;
  readonly subject: string;
  readonly from: ManifestAddress;
  readonly to: readonly ManifestAddress[];
  readonly cc: readonly ManifestAddress[];
  readonly bcc: readonly ManifestAddress[];
  readonly body: string;
  readonly attachments: readonly { readonly name: string; readonly size: number }[];
}

const manifest = JSON.parse(fs.readFileSync(`${PST}.json`, 'utf8')) as { messages: ManifestMessage[] };

test('every message of the PST fixture, in folder order, with its sender, recipients, body and attachments', () => {
  const file = openPst(PST);
  const drafts = [...pstItems(file)].map((item) => {
    if (!('draft' in item)) throw new Error(`not read: ${JSON.stringify(item)}`);
    return { folder: item.location.replace(/\/\d+$/u, '').replace(/^\//u, ''), ...item.draft };
  });
  file.close();
  const recipients = (list: readonly ManifestAddress[]) => list.map(({ address, name }) => ({ address, name }));
  expect(drafts.map((draft) => ({ folder: draft.folder, subject: draft.subject, from: draft.from, to: draft.to, cc: draft.cc, bcc: draft.bcc, body: draft.body }))).toEqual(
    manifest.messages.map((message) => ({
      folder: message.folder,
      subject: message.subject,
      from: message.from.address,
      to: recipients(message.to),
      cc: recipients(message.cc),
      bcc: recipients(message.bcc),
      body: message.body.replace(/\r\n/gu, '\n'),
    })),
  );
  expect(drafts.map((draft) => draft.attachments)).toEqual(manifest.messages.map((message) => message.attachments.map(({ name, size }) => ({ name, size, inline: false }))));
});

test('a reply stored with its RE: prefix and the quoted mail it answers is a reply; the rest are new mail', () => {
  const file = openPst(PST);
  const types = [...pstItems(file)].flatMap((item) => ('draft' in item ? [[item.draft.subject, item.draft.composeType]] : []));
  file.close();
  expect(types.filter(([, type]) => type !== 'newMail')).toEqual(expect.arrayContaining([['RE: 供应商报价', 'reply']]));
});
