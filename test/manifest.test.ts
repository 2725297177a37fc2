import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HANDLERS } from '../src/launchevent';
import { DIST, ROOT, ensureBuilt } from './helpers/build';
import { TASKPANE_COMMAND_ID } from '../src/office/smart-alert';
import { NOTIFICATION_ICON } from '../src/office/notifications';

// webpack.config.js is CommonJS; its manifest rewriting is what `npm run build` applies.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, DEV_BASE_URL } = require('../webpack.config.js') as { rewriteManifest(xml: string, base: string): string; DEV_BASE_URL: string };

const XSD = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const SOURCE = path.join(ROOT, 'manifest.xml');
const xml = fs.readFileSync(SOURCE, 'utf8');

function validate(file: string): { status: number | null; output: string } {
  const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint is required (Debian package libxml2-utils): ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function withTempFile(content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-manifest-')), 'manifest.xml');
  fs.writeFileSync(file, content);
  return file;
}

const attributeValues = (source: string, pattern: RegExp) => [...source.matchAll(pattern)].map((m) => m[1]!);

describe('manifest.xml', () => {
  test('validates against Microsoft’s XSDs, offline', () => {
    const { status, output } = validate(SOURCE);
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });

  test.each([
    ['a misspelled element', (s: string) => s.replace('<ProviderName>', '<ProvderName>').replace('</ProviderName>', '</ProvderName>')],
    ['a wrong SendMode', (s: string) => s.replace('SendMode="SoftBlock"', 'SendMode="Softblock"')],
    ['a missing Id', (s: string) => s.replace(/<Id>[^<]+<\/Id>/u, '')],
    ['LaunchEvent in place of LaunchEvents', (s: string) => s.replace('<LaunchEvents>', '<LaunchEvent>').replace('</LaunchEvents>', '</LaunchEvent>')],
  ])('a manifest broken on purpose (%s) fails validation', (_what, breakIt) => {
    const broken = breakIt(xml);
    expect(broken).not.toBe(xml);
    const { status } = validate(withTempFile(broken));
    expect(status).toBe(3);
  });

  test('broken XML fails as not well-formed', () => {
    expect(validate(withTempFile(xml.replace('</OfficeApp>', ''))).status).toBe(1);
  });

  test('declares the four launch events with real event names and handlers the bundle associates', () => {
    const events = [...xml.matchAll(/<LaunchEvent Type="(\w+)" FunctionName="(\w+)"(?: SendMode="(\w+)")?\/>/gu)].map((m) => [m[1], m[2], m[3]]);
    // OnMessageCompose, not OnNewMessageCompose: only it fires when a saved draft is opened again,
    // and it fires for new mail too, so declaring both would run the compose handler twice.
    expect(events).toEqual([
      ['OnMessageCompose', 'onMessageComposeHandler', undefined],
      ['OnMessageRecipientsChanged', 'onMessageRecipientsChangedHandler', undefined],
      ['OnMessageAttachmentsChanged', 'onMessageAttachmentsChangedHandler', undefined],
      ['OnMessageSend', 'onMessageSendHandler', 'SoftBlock'],
    ]);
    for (const [, handler] of events) expect(Object.keys(HANDLERS)).toContain(handler);
  });

  test('the ribbon button the Smart Alerts dialog opens is the one the code names', () => {
    expect(xml).toContain(`<Control xsi:type="Button" id="${TASKPANE_COMMAND_ID}">`);
  });

  test('every resid used is defined, and every defined resource is used', () => {
    const defined = attributeValues(xml, /<bt:(?:Image|Url|String) id="([^"]+)"/gu);
    const used = [...attributeValues(xml, /resid="([^"]+)"/gu), NOTIFICATION_ICON];
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect(used).toContain(id);
  });

  test('display name, description and button labels are translated for zh-CN and zh-TW', () => {
    for (const element of ['DisplayName', 'Description']) {
      const block = new RegExp(`<${element} [^>]*>([\\s\\S]*?)</${element}>`, 'u').exec(xml)?.[1] ?? '';
      expect(block).toMatch(/Locale="zh-CN"/u);
      expect(block).toMatch(/Locale="zh-TW"/u);
    }
    for (const id of ['Preflight.Group.Label', 'Preflight.Button.Label', 'Preflight.Button.Tooltip']) {
      const block = new RegExp(`<bt:String id="${id.replace(/\./gu, '\\.')}"[^>]*>([\\s\\S]*?)</bt:String>`, 'u').exec(xml)?.[1] ?? '';
      expect(block).toMatch(/Locale="zh-CN"/u);
      expect(block).toMatch(/Locale="zh-TW"/u);
    }
  });

  test('asks for no more than it needs: ReadWriteItem, Mailbox 1.1 to load, 1.12 for events', () => {
    expect(xml).toContain('<Permissions>ReadWriteItem</Permissions>');
    expect(xml).toContain('<Set Name="Mailbox" MinVersion="1.1"/>');
    expect(xml).toContain('<bt:Sets DefaultMinVersion="1.12">');
  });
});

describe('the built manifest', () => {
  beforeAll(() => {
    ensureBuilt('launchevent', 'manifest.xml');
    ensureBuilt('taskpane', 'taskpane.html');
  });

  test('validates, and every URL it names is a file the build emits', () => {
    const built = path.join(DIST, 'manifest.xml');
    expect(validate(built).status).toBe(0);
    const urls = attributeValues(fs.readFileSync(built, 'utf8'), /(?:DefaultValue|Value)="(https:\/\/[^"]+)"|<AppDomain>([^<]+)</gu).filter(Boolean);
    const files = urls.filter((url) => new URL(url).pathname !== '/');
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const url of files) {
      expect(url.startsWith(`${DEV_BASE_URL}/`)).toBe(true);
      expect(fs.existsSync(path.join(DIST, new URL(url).pathname))).toBe(true);
    }
  });

  test('icons exist at 16, 32, 64, 80 and 128 px with those dimensions', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(DIST, 'assets', `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  test('ADDIN_BASE_URL rewrites every URL, and the result still validates', () => {
    const rewritten = rewriteManifest(xml, 'https://addins.contoso.com/preflight');
    expect(rewritten).not.toContain('localhost');
    expect(rewritten).toContain('<bt:Url id="Preflight.LaunchEvent.Url" DefaultValue="https://addins.contoso.com/preflight/launchevent.js"/>');
    // An AppDomain is an origin: a path after it would make Outlook ignore the entry.
    expect(attributeValues(rewritten, /<AppDomain>([^<]+)</gu)).toEqual(['https://addins.contoso.com']);
    expect(validate(withTempFile(rewritten)).status).toBe(0);
  });
});
