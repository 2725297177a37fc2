// The messaging layer ([MS-PST] 2.4): message store, name-to-ID map, the root folder, the IPM
// subtree, mail folders with their hierarchy, contents and FAI tables, the table templates,
// and messages with their recipient and attachment tables.
'use strict';

const { NodeDatabase } = require('./ndb');
const { TYPE, ROW_ID, ROW_VERSION, propertyContext, tableContext } = require('./ltp');
const tag = require('./tags');

const NID = { messageStore: 0x21, nameToIdMap: 0x61, rootFolder: 0x122, attachmentTable: 0x671, recipientTable: 0x692 };
const TEMPLATE = { hierarchy: 0x60d, contents: 0x60e, assoc: 0x60f, search: 0x610 };
const NID_TYPE = { folder: 0x02, message: 0x04, attachment: 0x05, hierarchy: 0x0d, contents: 0x0e, assoc: 0x0f, ltp: 0x1f };
const FIRST_MESSAGE_INDEX = 0x10001;
/** Folder nidIndex values Outlook gives the IPM subtree and the first folders it creates. */
const IPM_SUBTREE_INDEX = 0x401;
const MSGFLAG = { read: 0x01, hasAttach: 0x10 };
const ATTACH_BY_VALUE = 1;
const MAPI_MAILUSER = 6;
const CODEPAGE_UTF8 = 65001;

const nidOf = (index, type) => ((index << 5) | type) >>> 0;

const HIERARCHY_COLUMNS = [ROW_ID, ROW_VERSION, tag.displayName, tag.contentCount, tag.contentUnreadCount, tag.subfolders, tag.containerClass];
const CONTENTS_COLUMNS = [ROW_ID, ROW_VERSION, tag.importance, tag.messageClass, tag.subject, tag.clientSubmitTime, tag.sentRepresentingName, tag.conversationTopic, tag.displayCc, tag.displayTo, tag.messageDeliveryTime, tag.messageFlags, tag.messageSize, tag.lastModificationTime];
const ASSOC_COLUMNS = [ROW_ID, ROW_VERSION, tag.messageClass, tag.messageFlags, tag.messageStatus, tag.displayName];
const RECIPIENT_COLUMNS = [ROW_ID, ROW_VERSION, tag.recipientType, tag.responsibility, tag.objectType, tag.displayName, tag.addressType, tag.emailAddress, tag.displayType, tag.smtpAddress, tag.sendRichInfo];
const ATTACHMENT_COLUMNS = [ROW_ID, ROW_VERSION, tag.attachSize, tag.attachFilename, tag.attachMethod, tag.renderingPosition];

/** Writes `{ data, subnodes }` (plus already stored `extra` subnodes) to blocks: `{ bidData, bidSub }`. */
function store(ndb, object, extra = []) {
  const subnodes = object.subnodes.map((subnode) => ({ nid: subnode.nid, bidData: ndb.addData(subnode.data), bidSub: 0 }));
  return { bidData: ndb.addData(object.data), bidSub: ndb.addSubnodes([...subnodes, ...extra]) };
}

function addNode(ndb, nid, object, parent, extra) {
  const { bidData, bidSub } = store(ndb, object, extra);
  ndb.addNode(nid, bidData, bidSub, parent);
}

function entryId(storeUid, nid) {
  const id = Buffer.alloc(24);
  storeUid.copy(id, 4);
  id.writeUInt32LE(nid, 20);
  return id;
}

/**
 * Builds the PST file for `mailbox`: `{ storeName, storeUid, ipmSubtreeName, folders: [{ name,
 * special?, messages: [...] }] }`. Returns the file's bytes.
 */
function buildPst(mailbox) {
  const ndb = new NodeDatabase();
  const storeUid = Buffer.from(mailbox.storeUid, 'hex');
  const templates = addTemplates(ndb);
  const ipmSubtree = nidOf(IPM_SUBTREE_INDEX, NID_TYPE.folder);
  const folders = mailbox.folders.map((folder, i) => ({ ...folder, nid: nidOf(IPM_SUBTREE_INDEX + 1 + i, NID_TYPE.folder) }));
  const wastebasket = folders.find((folder) => folder.special === 'wastebasket');

  addNode(ndb, NID.messageStore, propertyContext([
    [tag.recordKey, storeUid],
    [tag.displayName, mailbox.storeName],
    [tag.validFolderMask, 0x01 | 0x08], // IPM subtree and wastebasket entry IDs are valid
    [tag.ipmSubtreeEntryId, entryId(storeUid, ipmSubtree)],
    [tag.ipmWastebasketEntryId, entryId(storeUid, wastebasket.nid)],
    [tag.pstPassword, 0],
  ]), 0);
  addNode(ndb, NID.nameToIdMap, nameToIdMap(), 0);

  addFolder(ndb, templates, { nid: NID.rootFolder, parent: NID.rootFolder, name: '', messages: [], children: [{ nid: ipmSubtree, name: mailbox.ipmSubtreeName, count: 0, hasChildren: true }] });
  addFolder(ndb, templates, { nid: ipmSubtree, parent: NID.rootFolder, name: mailbox.ipmSubtreeName, messages: [], children: folders.map((folder) => ({ nid: folder.nid, name: folder.name, count: folder.messages.length, containerClass: 'IPF.Note', hasChildren: false })) });
  let messageIndex = FIRST_MESSAGE_INDEX;
  for (const folder of folders) {
    const messages = folder.messages.map((message) => ({ ...message, nid: nidOf(messageIndex++, NID_TYPE.message) }));
    addFolder(ndb, templates, { nid: folder.nid, parent: ipmSubtree, name: folder.name, containerClass: 'IPF.Note', messages, children: [] });
    for (const message of messages) addMessage(ndb, message, folder.nid);
  }

  const rgnid = new Array(32).fill(0x400);
  rgnid[0x03] = 0x4000;
  rgnid[0x08] = 0x8000;
  const nextFolder = IPM_SUBTREE_INDEX + 1 + folders.length;
  for (const type of [NID_TYPE.folder, NID_TYPE.hierarchy, NID_TYPE.contents, NID_TYPE.assoc]) rgnid[type] = nextFolder;
  rgnid[NID_TYPE.message] = messageIndex;
  return ndb.build({ rgnid });
}

/** The empty table templates Outlook copies for new folders and messages ([MS-PST] 2.4.8). */
function addTemplates(ndb) {
  const bids = {};
  for (const [name, columns] of [['hierarchy', HIERARCHY_COLUMNS], ['contents', CONTENTS_COLUMNS], ['assoc', ASSOC_COLUMNS], ['search', CONTENTS_COLUMNS]]) {
    bids[name] = ndb.addData(tableContext(columns, []).data);
    ndb.addNode(TEMPLATE[name], bids[name], 0, 0);
  }
  addNode(ndb, NID.attachmentTable, tableContext(ATTACHMENT_COLUMNS, []), 0);
  addNode(ndb, NID.recipientTable, tableContext(RECIPIENT_COLUMNS, []), 0);
  return bids;
}

/** A folder's PC and its three tables; empty tables share the template's block, as Outlook's do. */
function addFolder(ndb, templates, folder) {
  const props = [[tag.displayName, folder.name], [tag.contentCount, folder.messages.length], [tag.contentUnreadCount, 0], [tag.subfolders, folder.children.length > 0]];
  if (folder.containerClass) props.push([tag.containerClass, folder.containerClass]);
  addNode(ndb, folder.nid, propertyContext(props), folder.parent);
  const hierarchyRows = folder.children.map((child) => new Map([
    [ROW_ID, child.nid], [ROW_VERSION, 1], [tag.displayName, child.name], [tag.contentCount, child.count],
    [tag.contentUnreadCount, 0], [tag.subfolders, child.hasChildren], ...(child.containerClass ? [[tag.containerClass, child.containerClass]] : []),
  ]));
  addTable(ndb, folder.nid + 11, templates.hierarchy, HIERARCHY_COLUMNS, hierarchyRows);
  addTable(ndb, folder.nid + 12, templates.contents, CONTENTS_COLUMNS, folder.messages.map(contentsRow));
  ndb.addNode(folder.nid + 13, templates.assoc, 0, 0);
}

function addTable(ndb, nid, templateBid, columns, rows) {
  if (rows.length === 0) ndb.addNode(nid, templateBid, 0, 0);
  else addNode(ndb, nid, tableContext(columns, rows), 0);
}

function contentsRow(message) {
  return new Map([
    [ROW_ID, message.nid], [ROW_VERSION, 1], [tag.importance, 1], [tag.messageClass, 'IPM.Note'],
    [tag.subject, storedSubject(message)], [tag.clientSubmitTime, message.sent], [tag.sentRepresentingName, message.from.name],
    [tag.conversationTopic, normalizedSubject(message)], [tag.displayCc, displayList(message, 'cc')], [tag.displayTo, displayList(message, 'to')],
    [tag.messageDeliveryTime, message.received], [tag.messageFlags, messageFlags(message)], [tag.messageSize, messageSize(message)],
    [tag.lastModificationTime, message.received],
  ]);
}

/** [MS-PST] 2.5.3.1.1.1: a subject with a prefix is stored as U+0001, the prefix length, the subject. */
function storedSubject(message) {
  return message.prefix ? `\u0001${String.fromCharCode(message.prefix.length)}${message.prefix}${message.topic}` : message.topic;
}

const normalizedSubject = (message) => message.topic;
const displayList = (message, field) => (message[field] ?? []).map((recipient) => recipient.name).join('; ');
const messageFlags = (message) => MSGFLAG.read | ((message.attachments ?? []).length > 0 ? MSGFLAG.hasAttach : 0);

/** PR_MESSAGE_SIZE: the text and attachment bytes plus a fixed allowance per object. */
function messageSize(message) {
  const text = Buffer.byteLength(storedSubject(message) + message.body, 'utf16le');
  const attachments = (message.attachments ?? []).reduce((sum, attachment) => sum + attachment.content.length, 0);
  return 1024 + text + attachments + 256 * recipientsOf(message).length;
}

function recipientsOf(message) {
  const types = { to: 1, cc: 2, bcc: 3 };
  return Object.entries(types).flatMap(([field, type]) => (message[field] ?? []).map((recipient) => ({ ...recipient, type })));
}

function addMessage(ndb, message, folderNid) {
  const recipients = recipientsOf(message).map((recipient, i) => new Map([
    [ROW_ID, i], [ROW_VERSION, 1], [tag.recipientType, recipient.type], [tag.responsibility, false], [tag.objectType, MAPI_MAILUSER],
    [tag.displayName, recipient.name], [tag.addressType, 'SMTP'], [tag.emailAddress, recipient.address], [tag.displayType, 0],
    [tag.smtpAddress, recipient.address], [tag.sendRichInfo, false],
  ]));
  const attachments = (message.attachments ?? []).map((attachment, i) => ({ ...attachment, nid: nidOf(0x401 + i, NID_TYPE.attachment), index: i }));
  const extra = [{ nid: NID.recipientTable, ...store(ndb, tableContext(RECIPIENT_COLUMNS, recipients)) }];
  if (attachments.length > 0) {
    const rows = attachments.map((attachment) => new Map([
      [ROW_ID, attachment.nid], [ROW_VERSION, 1], [tag.attachSize, attachment.content.length], [tag.attachFilename, attachment.shortName],
      [tag.attachMethod, ATTACH_BY_VALUE], [tag.renderingPosition, -1],
    ]));
    extra.push({ nid: NID.attachmentTable, ...store(ndb, tableContext(ATTACHMENT_COLUMNS, rows)) });
    for (const attachment of attachments) extra.push({ nid: attachment.nid, ...store(ndb, propertyContext(attachmentProps(attachment))) });
  }
  addNode(ndb, message.nid, propertyContext(messageProps(message)), folderNid, extra);
}

function messageProps(message) {
  const from = message.from;
  return [
    [tag.importance, 1], [tag.messageClass, 'IPM.Note'], [tag.sensitivity, 0], [tag.subject, storedSubject(message)],
    [tag.clientSubmitTime, message.sent], [tag.sentRepresentingName, from.name], [tag.sentRepresentingAddressType, 'SMTP'],
    [tag.sentRepresentingEmailAddress, from.address], [tag.conversationTopic, normalizedSubject(message)],
    [tag.senderName, from.name], [tag.senderAddressType, 'SMTP'], [tag.senderEmailAddress, from.address],
    [tag.displayBcc, displayList(message, 'bcc')], [tag.displayCc, displayList(message, 'cc')], [tag.displayTo, displayList(message, 'to')],
    [tag.messageDeliveryTime, message.received], [tag.messageFlags, messageFlags(message)], [tag.messageSize, messageSize(message)],
    [tag.hasAttachments, (message.attachments ?? []).length > 0], [tag.normalizedSubject, normalizedSubject(message)],
    [tag.body, message.body], [tag.internetMessageId, message.messageId], [tag.creationTime, message.received],
    [tag.lastModificationTime, message.received], [tag.senderSmtpAddress, from.address], [tag.sentRepresentingSmtpAddress, from.address],
    [tag.internetCodepage, CODEPAGE_UTF8], [tag.messageCodepage, CODEPAGE_UTF8], [tag.namedContentClass, 'urn:content-classes:message'],
  ];
}

function attachmentProps(attachment) {
  return [
    [tag.attachSize, attachment.content.length], [tag.attachNumber, attachment.index], [tag.displayName, attachment.name],
    [tag.attachDataBinary, attachment.content], [tag.attachExtension, attachment.name.slice(attachment.name.lastIndexOf('.'))],
    [tag.attachFilename, attachment.shortName], [tag.attachMethod, ATTACH_BY_VALUE], [tag.attachLongFilename, attachment.name],
    [tag.renderingPosition, -1], [tag.attachMimeTag, attachment.mimeType],
  ];
}

/** Named properties used here: PidLidCurrentVersion (numeric) and content-class (string). */
const PSETID_COMMON = '00062008-0000-0000-c000-000000000046';
const PS_INTERNET_HEADERS = '00020386-0000-0000-c000-000000000046';
const BUCKET_COUNT = 251;

function guidBytes(text) {
  const hex = text.replace(/-/g, '');
  const bytes = Buffer.from(hex, 'hex');
  return Buffer.concat([Buffer.from(bytes.subarray(0, 4)).reverse(), Buffer.from(bytes.subarray(4, 6)).reverse(), Buffer.from(bytes.subarray(6, 8)).reverse(), bytes.subarray(8)]);
}

/** [MS-PST] 2.4.7: the GUID, entry and string streams and the hash buckets. */
function nameToIdMap() {
  const { crc } = require('./ndb');
  const name = Buffer.from('content-class', 'utf16le');
  const strings = Buffer.alloc(4 + name.length + ((4 - (name.length % 4)) % 4));
  strings.writeUInt32LE(name.length, 0);
  name.copy(strings, 4);
  const entries = [
    { id: 0x8552, wGuid: (3 << 1) | 0, index: 0, hash: 0x8552 }, // PidLidCurrentVersion in PSETID_Common
    { id: 0, wGuid: (4 << 1) | 1, index: 1, hash: crc(name) }, // "content-class" in PS_INTERNET_HEADERS
  ].map((entry) => ({ ...entry, bytes: nameId(entry) }));
  const buckets = new Map();
  for (const entry of entries) {
    const bucket = ((entry.hash ^ entry.wGuid) >>> 0) % BUCKET_COUNT;
    buckets.set(bucket, Buffer.concat([buckets.get(bucket) ?? Buffer.alloc(0), entry.bytes]));
  }
  return propertyContext([
    [tag.nameidBucketCount, BUCKET_COUNT],
    [tag.nameidStreamGuid, Buffer.concat([guidBytes(PSETID_COMMON), guidBytes(PS_INTERNET_HEADERS)])],
    [tag.nameidStreamEntry, Buffer.concat(entries.map((entry) => entry.bytes))],
    [tag.nameidStreamString, strings],
    ...[...buckets].map(([bucket, bytes]) => [((0x1000 + bucket) << 16) | TYPE.binary, bytes]),
  ]);
}

function nameId(entry) {
  const bytes = Buffer.alloc(8);
  bytes.writeUInt32LE(entry.id, 0);
  bytes.writeUInt16LE(entry.wGuid, 4);
  bytes.writeUInt16LE(entry.index, 6);
  return bytes;
}

module.exports = { buildPst };
