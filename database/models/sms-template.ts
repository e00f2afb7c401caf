import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** The text sent for an event, per language. */
export interface SmsTemplateAttributes {
  id: number;
  event: string;
  language: string;
  body: string;
  updatedByUserId: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export type SmsTemplateInstance = Model<SmsTemplateAttributes, Optional<SmsTemplateAttributes, 'id' | 'updatedByUserId' | 'createdAt' | 'updatedAt'>>;
export type SmsTemplateModel = ModelStatic<SmsTemplateInstance>;

export function defineSmsTemplate(sequelize: Sequelize): SmsTemplateModel {
  return sequelize.define<SmsTemplateInstance>(
    'SmsTemplate',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      event: { type: DataTypes.STRING(64), allowNull: false },
      language: { type: DataTypes.STRING(2), allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      updatedByUserId: { type: DataTypes.INTEGER, allowNull: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'sms_templates', underscored: true, timestamps: false },
  );
}
