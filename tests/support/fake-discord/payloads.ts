// Gateway and REST payloads of the fake Discord, shaped as discord.js 14 reads them.

/** A user of the fake server. */
export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly bot?: boolean;
}

export const PERMISSIONS = {
  /** View channel, send messages, read history, use application commands. */
  member: String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n)),
  /** The same plus Manage Server. */
  manager: String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n) | (1n << 5n)),
} as const;

export function userPayload(user: FakeUser) {
  return { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null, bot: user.bot ?? false, flags: 0 };
}

export function memberPayload(user: FakeUser, roles: readonly string[], permissions?: string) {
  return {
    user: userPayload(user), roles: [...roles], joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false,
    ...(permissions !== undefined && { permissions }),
  };
}

export function channelPayload(id: string, guildId: string, name: string) {
  return { id, type: 0, guild_id: guildId, name, position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 };
}

export function threadPayload(id: string, guildId: string, parentId: string, name: string, ownerId: string) {
  return {
    id, type: 11, guild_id: guildId, parent_id: parentId, name, owner_id: ownerId, last_message_id: null, rate_limit_per_user: 0,
    message_count: 0, member_count: 1, total_message_sent: 0, flags: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
  };
}

export function guildCreatePayload(options: { guildId: string; channelId: string; bot: FakeUser; moderatorRoleId: string }) {
  const { guildId, channelId, bot, moderatorRoleId } = options;
  const role = (id: string, name: string, permissions: string, position: number) => ({
    id, name, permissions, position, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null,
  });
  return {
    id: guildId, name: 'Test server', icon: null, splash: null, discovery_splash: null, owner_id: '100000000000000001',
    afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0,
    roles: [role(guildId, '@everyone', PERMISSIONS.member, 0), role(moderatorRoleId, 'Moderators', PERMISSIONS.member, 1)],
    emojis: [], stickers: [], features: [], mfa_level: 0, application_id: null, system_channel_id: null, system_channel_flags: 0,
    rules_channel_id: null, vanity_url_code: null, description: null, banner: null, premium_tier: 0, preferred_locale: 'en-US',
    public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false,
    joined_at: '2026-01-01T00:00:00.000Z', large: false, unavailable: false, member_count: 3,
    voice_states: [], members: [memberPayload(bot, [])], channels: [channelPayload(channelId, guildId, 'general')],
    threads: [], presences: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}
