import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A setting stored as JSON. */
export interface SettingAttributes {
  name: string;
  value: string;
  updatedAt: Date;
}

export type SettingInstance = Model<SettingAttributes, Optional<SettingAttributes, 'updatedAt'>>;
export type SettingModel = ModelStatic<SettingInstance>;

export function defineSetting(sequelize: Sequelize): SettingModel {
  return sequelize.define<SettingInstance>(
    'Setting',
    {
      name: { type: DataTypes.STRING(100), allowNull: false, primaryKey: true },
      value: { type: DataTypes.TEXT, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'settings', underscored: true, timestamps: false },
  );
}
