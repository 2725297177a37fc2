/**
 * postal-mime joins every decoded body and attachment through `new Blob(chunks).arrayBuffer()`.
 * Node's Blob copies the pieces into its own store and reads them back through an asynchronous
 * stream: a fifth of `preflight audit`'s time over the shared corpus. The CLI bundle gives
 * postal-mime this in-memory stand-in instead (webpack's ProvidePlugin, for the name `Blob`).
 */
import { concatBytes } from '../attachments/bytes';

type BlobPart = ArrayBufferView | ArrayBuffer | string;

const utf8 = new TextEncoder();
/** postal-mime's pass-through decoder adds a '\n' string after every line. */
const NEWLINE = utf8.encode('\n');

export class JoinedBytes {
  readonly type: string;
  private readonly bytes: Uint8Array;

  constructor(parts: readonly BlobPart[] = [], options: { readonly type?: string } = {}) {
    this.type = options.type ?? '';
    this.bytes = concatBytes(parts.map(asBytes));
  }

  get size(): number {
    return this.bytes.byteLength;
  }

  /** A fresh ArrayBuffer holding exactly the bytes, as Blob's is. */
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.slice().buffer);
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.bytes));
  }
}

function asBytes(part: BlobPart): Uint8Array {
  if (typeof part === 'string') return part === '\n' ? NEWLINE : utf8.encode(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
}
