#!/usr/bin/env node
// Writes the audit's PST fixture and its manifest: a small Unicode PST file made to [MS-PST]
// by scripts/make-pst-fixture/ (no dependencies, fixed ids and timestamps, so the same bytes
// every run), and a JSON list of what every message holds as a PST reader should return it.
//   node scripts/make-pst-fixture.js [OUT_DIR]   (default: test/fixtures/audit)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const mailbox = require('./make-pst-fixture/mailbox');
const { buildPst } = require('./make-pst-fixture/messaging');

const address = (recipient) => ({ name: recipient.name, address: recipient.address });

function manifest() {
  const folders = [
    { path: mailbox.ipmSubtreeName, messages: 0 },
    ...mailbox.folders.map((folder) => ({ path: `${mailbox.ipmSubtreeName}/${folder.name}`, messages: folder.messages.length })),
  ];
  const messages = mailbox.folders.flatMap((folder) =>
    folder.messages.map((message) => ({
      folder: `${mailbox.ipmSubtreeName}/${folder.name}`,
      exercises: message.exercises,
      subject: `${message.prefix ?? ''}${message.topic}`,
      from: address(message.from),
      to: (message.to ?? []).map(address),
      cc: (message.cc ?? []).map(address),
      bcc: (message.bcc ?? []).map(address),
      sent: new Date(message.sent).toISOString(),
      messageId: message.messageId,
      body: message.body,
      attachments: (message.attachments ?? []).map((attachment) => ({ name: attachment.name, shortName: attachment.shortName, size: attachment.content.length })),
    })),
  );
  return { generator: 'scripts/make-pst-fixture.js', store: mailbox.storeName, folders, messages };
}

function main() {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'test', 'fixtures', 'audit'));
  fs.mkdirSync(out, { recursive: true });
  const pst = buildPst(mailbox);
  fs.writeFileSync(path.join(out, 'small.pst'), pst);
  fs.writeFileSync(path.join(out, 'small.pst.json'), `${JSON.stringify(manifest(), null, 2)}\n`);
  console.log(`${path.join(out, 'small.pst')}: ${pst.length} bytes`);
}

main();
