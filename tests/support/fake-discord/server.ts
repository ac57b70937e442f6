// A small Discord-compatible server on 127.0.0.1 for end-to-end tests of the real discord.js
// client: a WebSocket gateway (the ws package) and the REST routes Docent uses. It is as strict as
// Discord where it matters and records every rule a bot breaks in `violations`.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { channelPayload, guildCreatePayload, memberPayload, PERMISSIONS, threadPayload, userPayload, type FakeUser } from './payloads.js';
import { messageViolations, pingsOf, type MessageBody } from './validate.js';

const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_MESSAGE_CONTENT = 1 << 15;
const RESPONSE_DEADLINE_MS = 3_000;
const FOLLOW_UP_WINDOW_MS = 15 * 60_000;

/** A message the bot created or edited, as the server stores it. */
export interface StoredMessage {
  id: string;
  channel_id: string;
  author: ReturnType<typeof userPayload>;
  content: string;
  embeds: Array<Record<string, unknown>>;
  components: unknown[];
  flags: number;
  message_reference?: { message_id?: string } | undefined;
  timestamp: string;
}

/** One interaction the server sent, and everything the bot answered to it. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly sentAt: number;
  initial?: { type: number; at: number; data: MessageBody | undefined };
  original?: StoredMessage;
  readonly edits: Array<{ at: number; body: MessageBody }>;
  readonly followUps: StoredMessage[];
}

/** A file a user attached, served by the fake's CDN route as Discord's CDN would. */
export interface FakeAttachment {
  readonly id: string;
  readonly filename: string;
  readonly bytes: Buffer;
  /** The size the interaction declares (the real size unless a test says otherwise). */
  readonly size: number;
}

/** A slash command option value; an attachment is sent as its id, with the file in resolved.attachments. */
export type OptionValue = string | number | boolean | FakeAttachment;

/** Options of an interaction a test sends. */
export interface InteractionOptions {
  readonly user?: FakeUser;
  readonly roles?: readonly string[];
  readonly permissions?: string;
}

let nextId = BigInt(Date.now()) << 22n;
const snowflake = (): string => String((nextId += 1n));

/** The fake server. */
export class FakeDiscord {
  readonly token = `test-token-${randomBytes(8).toString('hex')}`;
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly moderatorRoleId = snowflake();
  readonly botUser: FakeUser = { id: this.applicationId, username: 'Docent', bot: true };
  readonly alice: FakeUser = { id: snowflake(), username: 'alice' };
  readonly bob: FakeUser = { id: snowflake(), username: 'bob' };

  readonly violations: string[] = [];
  readonly pings: string[] = [];
  readonly registeredCommands = new Map<string, Array<Record<string, unknown>>>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly channelMessages: StoredMessage[] = [];
  readonly threads = new Map<string, ReturnType<typeof threadPayload>>();
  /** Reactions the bot added to messages. */
  readonly reactions: Array<{ channelId: string; messageId: string; emoji: string }> = [];
  /** Files users attached, by id, and how often each was downloaded. */
  readonly attachments = new Map<string, FakeAttachment>();
  readonly attachmentDownloads = new Map<string, number>();
  identifies = 0;
  resumes = 0;

  private socket: WebSocket | undefined;
  private intents = 0;
  private sequence = 0;
  private sessionId = '';
  private readonly sentEvents: Array<{ s: number; t: string; d: unknown }> = [];
  private readonly userMessages = new Map<string, { author: FakeUser }>();
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
  ) {}

  /** Starts the server on a free port of 127.0.0.1. */
  static async start(): Promise<FakeDiscord> {
    const http = createServer();
    const wss = new WebSocketServer({ noServer: true });
    const fake = new FakeDiscord(http, wss);
    http.on('request', (req, res) => void fake.onRequest(req, res));
    http.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gateway')) return socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => fake.onConnection(ws));
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  private get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** The REST base to give discord.js (`rest.api`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Sends a slash command as `user` and returns its record. */
  sendCommand(name: string, options: Record<string, string | number | boolean>, as: InteractionOptions = {}): InteractionRecord {
    return this.sendInteraction(2, { id: snowflake(), name, type: 1, options: optionsPayload(options) }, as);
  }

  /** Sends a subcommand (`/name sub ...`); attachment options arrive as Discord sends them, with `resolved.attachments` pointing at this server. */
  sendSubcommand(name: string, subcommand: string, options: Record<string, OptionValue>, as: InteractionOptions = {}): InteractionRecord {
    const attachments = Object.values(options).filter((value): value is FakeAttachment => typeof value === 'object');
    const resolved = attachments.length === 0 ? {} : { resolved: { attachments: Object.fromEntries(attachments.map((file) => [file.id, this.attachmentPayload(file)])) } };
    return this.sendInteraction(2, { id: snowflake(), name, type: 1, options: [{ name: subcommand, type: 1, options: optionsPayload(options) }], ...resolved }, as);
  }

  /** Sends the autocomplete of a subcommand's option, with `typed` so far; the bot answers with callback type 8. */
  sendAutocomplete(name: string, subcommand: string, option: string, typed: string, as: InteractionOptions = {}): InteractionRecord {
    return this.sendInteraction(4, { id: snowflake(), name, type: 1, options: [{ name: subcommand, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] }] }, as);
  }

  /** A file as a user would attach it; `declaredSize` overrides the size the interaction claims. */
  attach(filename: string, bytes: Buffer, declaredSize = bytes.length): FakeAttachment {
    const file = { id: snowflake(), filename, bytes, size: declaredSize };
    this.attachments.set(file.id, file);
    return file;
  }

  private attachmentPayload(file: FakeAttachment) {
    const url = `http://127.0.0.1:${this.port}/attachments/${this.channelId}/${file.id}/${encodeURIComponent(file.filename)}`;
    return { id: file.id, filename: file.filename, size: file.size, url, proxy_url: url.replace('/attachments/', '/proxy/attachments/'), content_type: 'application/octet-stream', ephemeral: true };
  }

  /** Clicks a button of a message the bot sent. */
  clickButton(message: StoredMessage, customId: string, as: InteractionOptions = {}): InteractionRecord {
    return this.sendInteraction(3, { custom_id: customId, component_type: 2 }, as, message);
  }

  /** A user posts `content` in a channel (or thread); `mention` puts the bot's mention first. */
  sendUserMessage(content: string, options: { channelId?: string; mention?: boolean; user?: FakeUser } = {}): string {
    const user = options.user ?? this.alice;
    const id = snowflake();
    const channelId = options.channelId ?? this.channelId;
    const text = options.mention ? `<@${this.botUser.id}> ${content}` : content;
    this.userMessages.set(id, { author: user });
    if ((this.intents & INTENT_GUILD_MESSAGES) === 0) return id; // the bot did not ask for messages
    const mentioned = options.mention === true;
    // Discord sends message content only with the MessageContent intent, or when the bot is mentioned.
    const visible = mentioned || (this.intents & INTENT_MESSAGE_CONTENT) !== 0;
    this.dispatch('MESSAGE_CREATE', {
      id, channel_id: channelId, guild_id: this.guildId, author: userPayload(user), member: memberPayload(user, []),
      content: visible ? text : '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
      mention_everyone: false, mentions: mentioned ? [{ ...userPayload(this.botUser), member: memberPayload(this.botUser, []) }] : [],
      mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: 0, flags: 0,
    });
    return id;
  }

  /** Drops the gateway connection without a close frame, as a network failure would. */
  dropConnection(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  /** Resolves once `predicate` holds (checked after every request and gateway message, and every 50 ms), or fails after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 20_000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const value = predicate();
        if (value === undefined || value === false) return false;
        this.waiters.delete(check);
        clearTimeout(timer);
        clearInterval(poll);
        resolve(value);
        return true;
      };
      const poll = setInterval(check, 50);
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        clearInterval(poll);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  /** Messages the bot posted in a channel or thread. */
  messagesIn(channelId: string): StoredMessage[] {
    return this.channelMessages.filter((message) => message.channel_id === channelId);
  }

  /** Stops the server. */
  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private sendInteraction(type: number, data: Record<string, unknown>, as: InteractionOptions, message?: StoredMessage): InteractionRecord {
    const user = as.user ?? this.alice;
    const record: InteractionRecord = { id: snowflake(), token: `itoken-${randomBytes(12).toString('hex')}`, sentAt: Date.now(), edits: [], followUps: [] };
    this.interactions.set(record.token, record);
    this.dispatch('INTERACTION_CREATE', {
      id: record.id, application_id: this.applicationId, type, token: record.token, version: 1,
      guild_id: this.guildId, channel_id: message?.channel_id ?? this.channelId,
      channel: channelPayload(message?.channel_id ?? this.channelId, this.guildId, 'general'),
      member: memberPayload(user, as.roles ?? [], as.permissions ?? PERMISSIONS.member),
      data, ...(message && { message }),
      app_permissions: PERMISSIONS.member, locale: 'en-US', guild_locale: 'en-US', entitlements: [],
      authorizing_integration_owners: { '0': this.guildId }, context: 0, attachment_size_limit: 8_388_608,
    });
    return record;
  }

  // ---- gateway ----

  private onConnection(ws: WebSocket): void {
    this.socket?.terminate();
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | number | null };
      const d = (payload.d ?? {}) as Record<string, unknown>;
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      else if (payload.op === 2) this.onIdentify(ws, d);
      else if (payload.op === 6) this.onResume(ws, d);
      this.notify();
    });
  }

  private onIdentify(ws: WebSocket, d: Record<string, unknown>): void {
    if (d['token'] !== this.token && d['token'] !== `Bot ${this.token}`) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    this.identifies += 1;
    this.intents = Number(d['intents'] ?? 0);
    this.sessionId = randomBytes(16).toString('hex');
    this.sequence = 0;
    this.sentEvents.length = 0;
    this.dispatch('READY', {
      v: 10, user: userPayload(this.botUser), guilds: [{ id: this.guildId, unavailable: true }], session_id: this.sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`, shard: [0, 1], application: { id: this.applicationId, flags: 0 },
      private_channels: [], relationships: [], presences: [], geo_ordered_rtc_regions: [], guild_join_requests: [],
    });
    this.dispatch('GUILD_CREATE', guildCreatePayload({ guildId: this.guildId, channelId: this.channelId, bot: this.botUser, moderatorRoleId: this.moderatorRoleId }));
  }

  private onResume(ws: WebSocket, d: Record<string, unknown>): void {
    if (d['session_id'] !== this.sessionId || (d['token'] !== this.token && d['token'] !== `Bot ${this.token}`)) {
      ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null })); // invalid session: identify anew
      return;
    }
    this.resumes += 1;
    const after = Number(d['seq'] ?? 0);
    for (const event of this.sentEvents.filter((e) => e.s > after)) ws.send(JSON.stringify({ op: 0, ...event }));
    this.dispatch('RESUMED', {});
  }

  private dispatch(t: string, d: unknown): void {
    const event = { s: (this.sequence += 1), t, d };
    this.sentEvents.push(event);
    // While disconnected, events wait in sentEvents for the bot's RESUME, as on Discord.
    this.socket?.send(JSON.stringify({ op: 0, ...event }));
  }

  // ---- REST ----

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cdn = /^\/(?:proxy\/)?attachments\/\d+\/(\d+)\/[^/]+$/u.exec(url.pathname);
    if (cdn && req.method === 'GET') return this.onAttachment(cdn[1] ?? '', res);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/u, '');
    const body = await readBody(req);
    const send = (status: number, json?: unknown): void => {
      res.writeHead(status, json === undefined ? {} : { 'content-type': 'application/json' });
      res.end(json === undefined ? undefined : JSON.stringify(json));
      this.notify();
    };
    const isWebhook = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!isWebhook && req.headers.authorization !== `Bot ${this.token}`) return send(401, { message: '401: Unauthorized', code: 0 });
    let match: RegExpMatchArray | null;
    if (req.method === 'GET' && path === '/gateway/bot') {
      return send(200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if (req.method === 'PUT' && (match = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/u))) {
      const commands = (body as Array<Record<string, unknown>>).map((command) => ({ ...command, id: snowflake(), application_id: match?.[1], version: snowflake() }));
      this.registeredCommands.set(match[2] ? `guild:${match[2]}` : 'global', commands);
      return send(200, commands);
    }
    if (req.method === 'POST' && (match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/u))) return this.onCallback(match[2] ?? '', body as { type: number; data?: MessageBody }, url, send);
    if ((match = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/@original)?$/u))) return this.onWebhook(req.method ?? '', path.endsWith('@original'), match[2] ?? '', body as MessageBody, send);
    if (req.method === 'POST' && (match = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/u))) {
      const thread = threadPayload(snowflake(), this.guildId, match[1] ?? '', String((body as { name?: string }).name ?? ''), this.botUser.id);
      if (thread.name.length === 0 || thread.name.length > 100) this.violations.push(`thread name of ${thread.name.length} characters`);
      this.threads.set(thread.id, thread);
      this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return send(201, thread);
    }
    if (req.method === 'POST' && (match = path.match(/^\/channels\/(\d+)\/messages$/u))) {
      const message = this.acceptMessage(match[1] ?? '', body as MessageBody, `POST ${path}`);
      if (!message) return send(400, { message: 'Invalid Form Body', code: 50035 });
      this.channelMessages.push(message);
      return send(200, message);
    }
    if (req.method === 'PUT' && (match = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)\/@me$/u))) {
      this.reactions.push({ channelId: match[1] ?? '', messageId: match[2] ?? '', emoji: match[3] ?? '' });
      return send(204);
    }
    if (req.method === 'GET' && (match = path.match(/^\/channels\/(\d+)$/u))) {
      const thread = this.threads.get(match[1] ?? '');
      return send(200, thread ?? channelPayload(match[1] ?? '', this.guildId, 'general'));
    }
    this.violations.push(`unhandled route ${req.method} ${path}`);
    return send(404, { message: '404: Not Found', code: 0 });
  }

  /** The CDN: an attachment's bytes, with no authorization (its URL is the secret), as Discord serves them. */
  private onAttachment(id: string, res: ServerResponse): void {
    const file = this.attachments.get(id);
    if (file) this.attachmentDownloads.set(id, (this.attachmentDownloads.get(id) ?? 0) + 1);
    res.writeHead(file ? 200 : 404, file ? { 'content-type': 'application/octet-stream', 'content-length': file.bytes.length } : {});
    res.end(file?.bytes);
    this.notify();
  }

  private onCallback(token: string, body: { type: number; data?: MessageBody }, url: URL, send: (status: number, json?: unknown) => void): void {
    const record = this.interactions.get(token);
    if (!record) return send(404, { message: 'Unknown interaction', code: 10062 });
    const now = Date.now();
    if (record.initial) {
      this.violations.push(`second initial response to interaction ${record.id}`);
      return send(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    }
    if (now - record.sentAt > RESPONSE_DEADLINE_MS) {
      this.violations.push(`interaction ${record.id} answered after ${now - record.sentAt} ms (limit 3000)`);
      return send(404, { message: 'Unknown interaction', code: 10062 });
    }
    if (body.type === 4 || body.type === 7) {
      const message = this.acceptMessage('interaction', body.data ?? {}, `callback ${body.type}`);
      if (!message) return send(400, { message: 'Invalid Form Body', code: 50035 });
      record.original = message;
    } else if (body.type === 5) {
      record.original = this.newMessage('interaction', { flags: body.data?.flags ?? 0 });
    }
    record.initial = { type: body.type, at: now, data: body.data };
    if (url.searchParams.get('with_response') === 'true') {
      return send(200, { interaction: { id: record.id, type: 2, response_message_id: record.original?.id, response_message_loading: body.type === 5, response_message_ephemeral: ((body.data?.flags ?? 0) & 64) !== 0 }, resource: { type: body.type, message: record.original } });
    }
    return send(204);
  }

  private onWebhook(method: string, original: boolean, token: string, body: MessageBody, send: (status: number, json?: unknown) => void): void {
    const record = this.interactions.get(token);
    if (!record?.initial) {
      this.violations.push(`${method} webhook before any initial response`);
      return send(404, { message: 'Unknown Webhook', code: 10015 });
    }
    if (Date.now() - record.sentAt > FOLLOW_UP_WINDOW_MS) return send(401, { message: 'Invalid Webhook Token', code: 50027 });
    if (original && method === 'DELETE') {
      delete record.original;
      return send(204);
    }
    if (original && method === 'GET') return send(200, record.original);
    const message = this.acceptMessage('interaction', body, `${method} webhook`);
    if (!message) return send(400, { message: 'Invalid Form Body', code: 50035 });
    if (original && method === 'PATCH') {
      const current = record.original ?? message;
      const edited = { ...current, ...(body.content !== undefined && { content: body.content }), ...(body.embeds && { embeds: body.embeds }), ...(body.components && { components: body.components }) };
      record.original = edited;
      record.edits.push({ at: Date.now(), body });
      return send(200, edited);
    }
    record.followUps.push(message);
    return send(200, message);
  }

  /** Validates a message body against Discord's limits and the never-ping rule; undefined when Discord would refuse it. */
  private acceptMessage(channelId: string, body: MessageBody, where: string): StoredMessage | undefined {
    const problems = messageViolations(body);
    const repliedTo = body.message_reference?.message_id ? this.userMessages.get(body.message_reference.message_id)?.author.id : undefined;
    const pings = pingsOf(body, repliedTo);
    this.pings.push(...pings.map((ping) => `${where}: ${ping}`));
    if (!body.allowed_mentions || (body.allowed_mentions.parse ?? []).length > 0) this.violations.push(`${where}: allowed_mentions not set to none (${JSON.stringify(body.allowed_mentions)})`);
    if (problems.length > 0) {
      this.violations.push(...problems.map((problem) => `${where}: ${problem}`));
      return undefined;
    }
    return this.newMessage(channelId, body);
  }

  private newMessage(channelId: string, body: MessageBody): StoredMessage {
    return {
      id: snowflake(), channel_id: channelId === 'interaction' ? this.channelId : channelId, author: userPayload(this.botUser),
      content: body.content ?? '', embeds: body.embeds ?? [], components: body.components ?? [], flags: body.flags ?? 0,
      message_reference: body.message_reference, timestamp: new Date().toISOString(),
      ...{ edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, type: 0 },
    };
  }
}

/** Command options as Discord sends them: string 3, integer 4, boolean 5, attachment 11 (its id). */
function optionsPayload(options: Record<string, OptionValue>): Array<{ name: string; type: number; value: string | number | boolean }> {
  return Object.entries(options).map(([name, value]) => {
    if (typeof value === 'object') return { name, type: 11, value: value.id };
    return { name, type: typeof value === 'string' ? 3 : typeof value === 'number' ? 4 : 5, value };
  });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const json = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/u.exec(text)?.[1];
    return json ? JSON.parse(json) : {};
  }
  return JSON.parse(text);
}
