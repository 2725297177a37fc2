/** Issue 12: a crafted mail cannot forge report lines or retitle the terminal through the text output. */
import { runCli, writeFile, withBuiltCliAndTempDir } from './helpers/cli';

jest.setTimeout(60_000);

let dir: string;
withBuiltCliAndTempDir((made) => {
  dir = made;
});

/** ESC, BEL, CR, a C1 CSI and bidi controls: whatever a terminal would act on. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

test('control characters from the subject, addresses, attachment names and the file name are shown escaped', async () => {
  const forged = '\r\u001b[2K\u001b]0;pwned\u0007ok.eml  ALLOW  no findings\u009b\u202e';
  const mail = [
    'From: a@contoso.com',
    'To: "x\u001b[8m" <erika\u001b[31m@fabrikam.com>',
    `Subject: ${forged}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary=b',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '附件是合同，请查收。',
    '--b',
    `Content-Type: application/octet-stream; name="in\u202evoice\u001b[1m.exe"`,
    `Content-Disposition: attachment; filename="in\u202evoice\u001b[1m.exe"`,
    '',
    'AAAA',
    '--b--',
    '',
  ].join('\r\n');
  const file = writeFile(dir, `mail\u001b]0;t\u0007\u202e.eml`, Buffer.from(mail, 'utf8'));
  const run = await runCli(['check', file, '--locale', 'en-US']);
  expect(run.stdout).not.toMatch(CONTROLS);
  expect(run.stdout).toContain('send in\\u202evoice\\x1b[1m.exe another');
  expect(run.stdout).toContain('mail\\x1b]0;t\\x07\\u202e.eml  ');
  expect(run.stdout.split('\n').filter((line) => line.includes('ALLOW'))).toEqual([expect.not.stringMatching(/^\S*ok\.eml {2}ALLOW/u)]);
});
