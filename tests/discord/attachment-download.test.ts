import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDocentError } from '../../src/core/index.js';
import { downloadAttachment } from '../../src/discord/attachment-download.js';

const KB = 1024;

/** A loopback server: /ok/<n> sends n bytes, /lying/<n> declares no length and streams n bytes, /slow never ends, /moved redirects, /gone is 404. */
let server: Server;
let base = '';
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    requested.push(url);
    const [, kind, n] = url.split('/');
    const bytes = Buffer.alloc(Number(n ?? 0), 'a');
    if (kind === 'ok') {
      res.writeHead(200, { 'content-length': bytes.length });
      res.end(bytes);
    } else if (kind === 'lying') {
      res.writeHead(200); // chunked: no content-length
      for (let i = 0; i < bytes.length; i += KB) res.write(bytes.subarray(i, i + KB));
      res.end();
    } else if (kind === 'slow') {
      res.writeHead(200);
      res.write('a'); // and nothing more
    } else if (kind === 'moved') {
      res.writeHead(302, { location: `${base}/ok/10` });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(isDocentError(error, 'BAD_DOCUMENT')).toBe(true);
  return (error as Error).message;
}

const limits = { maxBytes: 8 * KB, timeoutMs: 10_000 };

describe('downloadAttachment', () => {
  it('downloads an attachment within the limits', async () => {
    const bytes = await downloadAttachment({ name: 'a.md', url: `${base}/ok/${4 * KB}`, size: 4 * KB }, limits);
    expect(bytes.length).toBe(4 * KB);
  });

  it('refuses a declared size over the limit without fetching anything', async () => {
    const before = requested.length;
    expect(await refusal(downloadAttachment({ name: 'big.pdf', url: `${base}/ok/10`, size: 9 * KB }, limits))).toMatch(/^big\.pdf is 0\.01 MB; documents may be at most 0\.01 MB \(MAX_DOCUMENT_MB\)/u);
    expect(requested.length).toBe(before);
  });

  it('stops a download whose bytes pass the limit, whatever size was declared', async () => {
    expect(await refusal(downloadAttachment({ name: 'a.md', url: `${base}/ok/${9 * KB}`, size: 10 }, limits))).toMatch(/at most/u);
    expect(await refusal(downloadAttachment({ name: 'a.md', url: `${base}/lying/${64 * KB}`, size: 10 }, limits))).toMatch(/is larger than that; documents may be at most/u);
  });

  it('gives up after the time limit', async () => {
    expect(await refusal(downloadAttachment({ name: 'slow.md', url: `${base}/slow/0`, size: 10 }, { maxBytes: KB, timeoutMs: 200 }))).toMatch(/took longer than 0.2 s to download/u);
  });

  it('follows no redirect, and reports a failed download', async () => {
    expect(await refusal(downloadAttachment({ name: 'a.md', url: `${base}/moved/0`, size: 10 }, limits))).toMatch(/could not be downloaded/u);
    expect(await refusal(downloadAttachment({ name: 'a.md', url: `${base}/gone/0`, size: 10 }, limits))).toMatch(/HTTP 404/u);
    expect(await refusal(downloadAttachment({ name: 'a.md', url: 'file:///etc/passwd', size: 10 }, limits))).toMatch(/no web address/u);
  });
});
