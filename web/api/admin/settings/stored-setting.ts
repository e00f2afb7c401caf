import type { Tx } from '../../../../database/database.js';
import type { Models } from '../../../../database/models/index.js';
import { SETTING_NAMES, type SettingKey, type SettingValues } from '../../../../database/settings/setting-names.js';

/** A setting's stored JSON value (database/settings/setting-names.ts), or undefined when it was never set. */
export async function readSetting<K extends SettingKey>(models: Models, key: K, tx?: Tx): Promise<SettingValues[K] | undefined> {
  const row = await models.Setting.findByPk(SETTING_NAMES[key], { transaction: tx?.transaction ?? null });
  return row === null ? undefined : (JSON.parse(row.get().value) as SettingValues[K]);
}

export async function writeSetting<K extends SettingKey>(models: Models, tx: Tx, key: K, value: SettingValues[K], now: Date): Promise<void> {
  const name = SETTING_NAMES[key];
  const options = { transaction: tx.transaction };
  const json = JSON.stringify(value);
  if ((await models.Setting.findByPk(name, options)) === null) await models.Setting.create({ name, value: json, updatedAt: now }, options);
  else await models.Setting.update({ value: json, updatedAt: now }, { where: { name }, ...options });
}

/** The settings that name a position, which keep it from being deleted. */
export const POSITION_SETTING_NAMES: readonly string[] = [SETTING_NAMES.messageCenterPosition, SETTING_NAMES.feedbackAgentsPosition];
