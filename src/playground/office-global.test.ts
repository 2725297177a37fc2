import type { PlaygroundBridge } from './bridge';
import { createOfficeGlobal, OFFICE_THEMES } from './office-global';
import { installPolicyFetch } from './policy-fetch';
import { SimulatedMailbox, versionAtLeast } from './simulated-mailbox';

/** A frame window as far as the shim uses it: page-lifecycle listeners, fetch and location. */
function fakeWindow(href = 'https://localhost:3000/playground-taskpane.html') {
  const listeners = new Map<string, Array<() => void>>();
  const network: string[] = [];
  return {
    location: { href },
    fetch: (input: RequestInfo | URL) => {
      network.push(String(input));
      return Promise.resolve(new Response('from the network'));
    },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    fire: (type: string) => (listeners.get(type) ?? []).forEach((listener) => listener()),
    network,
  };
}

function bridgeFor(mailbox: SimulatedMailbox, extra: Partial<PlaygroundBridge> = {}): PlaygroundBridge & { associated: Map<string, unknown> } {
  const associated = new Map<string, unknown>();
  return { mailbox, theme: 'light', policyText: null, associate: (name, handler) => void associated.set(name, handler), associated, ...extra };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the Office global of an add-in frame', () => {
  test('reads the simulated client live: language, theme, requirement sets, the item', async () => {
    const mailbox = new SimulatedMailbox({ subject: '预算' }, { latencyMs: 0, displayLanguage: 'zh-TW', mailboxVersion: '1.14' });
    const bridge = { ...bridgeFor(mailbox), theme: 'dark' as const };
    const office = createOfficeGlobal(bridge, fakeWindow() as unknown as Window);
    expect(office.context.displayLanguage).toBe('zh-TW');
    expect(office.context.officeTheme?.bodyBackgroundColor).toBe(OFFICE_THEMES.dark.bodyBackgroundColor);
    expect(office.context.requirements?.isSetSupported('Mailbox', '1.14')).toBe(true);
    expect(office.context.requirements?.isSetSupported('Mailbox', '1.15')).toBe(false);
    mailbox.options.displayLanguage = 'en-US';
    expect(office.context.displayLanguage).toBe('en-US');
    const subject = await new Promise((resolve) => office.context.mailbox.item.subject.getAsync((result) => resolve(result.value)));
    expect(subject).toBe('预算');
    expect(office.MailboxEnums.RecipientType.DistributionList).toBe('distributionList');
    await expect(office.onReady()).resolves.toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
  });

  test('item events reach handlers until they are removed or the frame goes away', async () => {
    const mailbox = new SimulatedMailbox({}, { latencyMs: 0 });
    const win = fakeWindow();
    const office = createOfficeGlobal(bridgeFor(mailbox), win as unknown as Window);
    const seen: string[] = [];
    const statuses: string[] = [];
    office.context.mailbox.item.addHandlerAsync(office.EventType.RecipientsChanged, (event: { type: string }) => seen.push(event.type), (result: { status: string }) => statuses.push(result.status));
    office.context.mailbox.item.addHandlerAsync(office.EventType.AttachmentsChanged, (event: { type: string }) => seen.push(event.type));
    office.context.mailbox.item.addHandlerAsync('olkNoSuchEvent', () => undefined, (result: { status: string }) => statuses.push(result.status));
    mailbox.emit('recipientsChanged');
    mailbox.emit('attachmentsChanged');
    office.context.mailbox.item.removeHandlerAsync(office.EventType.RecipientsChanged);
    mailbox.emit('recipientsChanged');
    win.fire('pagehide');
    mailbox.emit('attachmentsChanged');
    await tick();
    expect(seen).toEqual(['olkRecipientsChanged', 'olkAttachmentsChanged']);
    expect(statuses).toEqual(['succeeded', 'failed']);
  });

  /** The members each Mailbox version adds, as Microsoft documents them. */
  const NEWER_MEMBERS: ReadonlyArray<readonly [string, string]> = [
    ['from', '1.7'],
    ['getAttachmentsAsync', '1.8'],
    ['internetHeaders', '1.8'],
    ['getComposeTypeAsync', '1.10'],
    ['sessionData', '1.11'],
    ['delayDeliveryTime', '1.13'],
    ['sensitivityLabel', '1.13'],
    ['sensitivityLabelsCatalog', '1.13'],
    ['officeTheme', '1.14'],
  ];

  test.each(['1.8', '1.10', '1.12', '1.13', '1.14', '1.15'])('on Mailbox %s nothing newer than that version is there', (mailboxVersion) => {
    const office = createOfficeGlobal(bridgeFor(new SimulatedMailbox({}, { mailboxVersion })), fakeWindow() as unknown as Window);
    const present = (member: string) => {
      const owner = member === 'sensitivityLabelsCatalog' || member === 'officeTheme' ? office.context : office.context.mailbox.item;
      return (owner as unknown as Record<string, unknown>)[member] !== undefined;
    };
    const expected = NEWER_MEMBERS.filter(([, since]) => versionAtLeast(mailboxVersion, since)).map(([member]) => member);
    expect(NEWER_MEMBERS.map(([member]) => member).filter(present)).toEqual(expected);
  });

  test('an item event newer than the client is refused, as Office.js refuses an unknown one', async () => {
    const mailbox = new SimulatedMailbox({}, { latencyMs: 0, mailboxVersion: '1.7' });
    const office = createOfficeGlobal(bridgeFor(mailbox), fakeWindow() as unknown as Window);
    const statuses: string[] = [];
    office.context.mailbox.item.addHandlerAsync(office.EventType.RecipientsChanged, () => undefined, (result: { status: string }) => statuses.push(`recipients ${result.status}`));
    office.context.mailbox.item.addHandlerAsync(office.EventType.AttachmentsChanged, () => undefined, (result: { status: string }) => statuses.push(`attachments ${result.status}`));
    await tick();
    expect(statuses).toEqual(['recipients succeeded', 'attachments failed']);
  });

  test('Office.actions.associate hands the handler to the playground', () => {
    const bridge = bridgeFor(new SimulatedMailbox());
    const handler = () => undefined;
    createOfficeGlobal(bridge, fakeWindow() as unknown as Window).actions.associate('onMessageSendHandler', handler);
    expect(bridge.associated.get('onMessageSendHandler')).toBe(handler);
  });
});

describe('policy.json in an add-in frame', () => {
  test('answers with the playground’s policy without any network; other requests go out unchanged', async () => {
    const win = fakeWindow();
    let policyText: string | null = '{"version":"mine"}';
    installPolicyFetch(win as unknown as Window, { ...bridgeFor(new SimulatedMailbox()), get policyText() { return policyText; } });
    const fetch = (win as unknown as Window).fetch;
    expect(await (await fetch('https://localhost:3000/policy.json')).text()).toBe('{"version":"mine"}');
    expect(await (await fetch(new URL('https://localhost:3000/policy.json'))).json()).toEqual({ version: 'mine' });
    expect(await (await fetch('assets/icon-16.png')).text()).toBe('from the network');
    expect(await (await fetch('https://localhost:3000/sub/policy.json')).text()).toBe('from the network');
    policyText = null;
    expect(await (await fetch('https://localhost:3000/policy.json')).text()).toBe('from the network');
    expect(win.network).toEqual(['assets/icon-16.png', 'https://localhost:3000/sub/policy.json', 'https://localhost:3000/policy.json']);
  });
});
