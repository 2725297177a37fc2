/** The manifest beside the committed PST fixture (test/fixtures/audit/small.pst.json): what scripts/make-pst-fixture.js wrote into the PST. */
import fs from 'node:fs';
import path from 'node:path';

export const PST_FIXTURE = path.join(__dirname, '..', 'fixtures', 'audit', 'small.pst');

export interface ManifestAddress {
  readonly name: string;
  readonly address: string;
}

export interface ManifestMessage {
  readonly folder: string;
  readonly subject: string;
  readonly from: ManifestAddress;
  readonly to: readonly ManifestAddress[];
  readonly cc: readonly ManifestAddress[];
  readonly bcc: readonly ManifestAddress[];
  readonly sent: string;
  readonly messageId: string;
  readonly body: string;
  readonly attachments: readonly { readonly name: string; readonly shortName: string; readonly size: number }[];
}

export interface PstManifest {
  readonly folders: readonly { readonly path: string; readonly messages: number }[];
  readonly messages: readonly ManifestMessage[];
}

export function readPstManifest(): PstManifest {
  return JSON.parse(fs.readFileSync(`${PST_FIXTURE}.json`, 'utf8')) as PstManifest;
}
