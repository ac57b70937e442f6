import { DocentError } from '../core/index.js';

/** What the bot knows of an attachment before fetching it: the URL and size Discord sent in the interaction. */
export interface AttachmentRef {
  readonly name: string;
  readonly url: string;
  /** The size Discord declares, in bytes. */
  readonly size: number;
}

/** Limits of one download. */
export interface DownloadLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

/** How long a download may take by default. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1);

function tooLarge(name: string, bytes: number | undefined, maxBytes: number): DocentError {
  const size = bytes === undefined ? 'larger than that' : `${mb(bytes)} MB`;
  return new DocentError('BAD_DOCUMENT', `${name} is ${size}; documents may be at most ${mb(maxBytes)} MB (MAX_DOCUMENT_MB).`);
}

/**
 * The bytes of an attachment, fetched from the URL Discord gave (never one a user typed): refused
 * before fetching when its declared size is over the limit, and stopped as soon as more bytes
 * arrive than the limit allows or the time limit passes. Redirects are not followed, so the
 * download cannot be sent elsewhere.
 */
export async function downloadAttachment(attachment: AttachmentRef, limits: DownloadLimits): Promise<Buffer> {
  const { name, size } = attachment;
  if (size > limits.maxBytes) throw tooLarge(name, size, limits.maxBytes);
  const url = new URL(attachment.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DocentError('BAD_DOCUMENT', `${name} has no web address to download it from.`);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: 'error' });
    if (!response.ok || !response.body) throw new DocentError('BAD_DOCUMENT', `${name} could not be downloaded (HTTP ${response.status}); try attaching it again.`);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > limits.maxBytes) {
      await response.body.cancel();
      throw tooLarge(name, declared, limits.maxBytes);
    }
    return await readCapped(response.body, name, limits.maxBytes);
  } catch (error) {
    if (error instanceof DocentError) throw error;
    if (signal.aborted) throw new DocentError('BAD_DOCUMENT', `${name} took longer than ${limits.timeoutMs / 1000} s to download; try again.`, { cause: error });
    throw new DocentError('BAD_DOCUMENT', `${name} could not be downloaded; try attaching it again.`, { cause: error });
  }
}

/** Reads a body whole, failing (and cancelling it) once it passes `maxBytes`. */
async function readCapped(body: ReadableStream<Uint8Array>, name: string, maxBytes: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(name, undefined, maxBytes);
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}
