import { PermissionFlagsBits, type Interaction, type PermissionsBitField } from 'discord.js';

/** A moderator has Manage Server, or one of the configured moderator roles. */
export function isModerator(permissions: Readonly<PermissionsBitField> | null, roleIds: Iterable<string>, moderatorRoleIds: readonly string[]): boolean {
  if (permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = new Set(roleIds);
  return moderatorRoleIds.some((id) => roles.has(id));
}

/** Whether the member behind an interaction is a moderator (see isModerator). */
export function isModeratorInteraction(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  const member = interaction.member;
  const roles = !member ? [] : Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return isModerator(interaction.memberPermissions, roles, moderatorRoleIds);
}
