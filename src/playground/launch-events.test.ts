import type { ActionHandler } from './bridge';
import { LaunchEvents } from './launch-events';

/** A handler that completes when the test says so. */
function heldHandler() {
  const pending: Array<() => void> = [];
  const handler: ActionHandler = (event) => void pending.push(() => (event as { completed(): void }).completed());
  return { handler, release: () => pending.shift()?.() };
}

test('pending counts the compose-time events queued or running, from the change that raises one until it completes', async () => {
  let changes = 0;
  const events = new LaunchEvents(
    () => true,
    () => void changes++,
  );
  const held = heldHandler();
  events.associate('onMessageAttachmentsChangedHandler', held.handler);
  events.associate('onMessageRecipientsChangedHandler', held.handler);
  const first = events.run('onMessageAttachmentsChangedHandler');
  expect(events.pending).toBe(1);
  const second = events.run('onMessageRecipientsChangedHandler');
  // The same event raised again while it is still queued is covered by that run.
  events.run('onMessageRecipientsChangedHandler');
  expect(events.pending).toBe(2);
  await new Promise((resolve) => setTimeout(resolve, 0));
  held.release();
  await first;
  expect(events.pending).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 0));
  held.release();
  await second;
  expect(events.pending).toBe(0);
  expect(changes).toBe(4);
});

test('a client without event handlers runs none and has none pending', async () => {
  const events = new LaunchEvents(() => false);
  await events.run('onMessageComposeHandler');
  expect(events.pending).toBe(0);
});
