import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

/** A moderator has Manage Server, or one of the configured moderator roles. */
export function isModerator(permissions: Readonly<PermissionsBitField> | null, roleIds: Iterable<string>, moderatorRoleIds: readonly string[]): boolean {
  if (permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = new Set(roleIds);
  return moderatorRoleIds.some((id) => roles.has(id));
}
