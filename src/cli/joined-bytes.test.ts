import { JoinedBytes } from './joined-bytes';

/** The stand-in must give postal-mime exactly what Node's Blob gives. */
describe('JoinedBytes', () => {
  const parts = [new Uint8Array([0xe4, 0xbd, 0xa0]), '\n', '好 ok', new Uint8Array([1, 2, 3, 4]).subarray(1, 3), new Uint8Array([9, 8]).buffer, '\n'];

  test('joins strings (as UTF-8), views (only their window) and buffers as Blob does', async () => {
    const ours = new Uint8Array(await new JoinedBytes(parts, { type: 'application/octet-stream' }).arrayBuffer());
    const node = new Uint8Array(await new Blob(parts).arrayBuffer());
    expect([...ours]).toEqual([...node]);
    expect(new JoinedBytes(parts).size).toBe(node.byteLength);
  });

  test('gives a fresh buffer each time, so a caller that writes to it changes nothing else', async () => {
    const single = new Uint8Array([1, 2, 3]);
    const blob = new JoinedBytes([single]);
    const first = new Uint8Array(await blob.arrayBuffer());
    first[0] = 99;
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
    expect([...single]).toEqual([1, 2, 3]);
    expect((await blob.arrayBuffer()).byteLength).toBe(3);
  });

  test('an empty one, and its text', async () => {
    expect((await new JoinedBytes().arrayBuffer()).byteLength).toBe(0);
    expect(await new JoinedBytes(['你', '好']).text()).toBe('你好');
  });
});
