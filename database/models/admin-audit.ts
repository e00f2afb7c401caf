import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** An administrative change, for auditors. */
export interface AdminAuditAttributes {
  id: number;
  at: Date;
  userId: number | null;
  entity: string;
  entityId: string | null;
  action: string;
  beforeValue: string | null;
  afterValue: string | null;
}

export type AdminAuditInstance = Model<AdminAuditAttributes, Optional<AdminAuditAttributes, 'id' | 'userId' | 'beforeValue' | 'afterValue'>>;
export type AdminAuditModel = ModelStatic<AdminAuditInstance>;

export function defineAdminAudit(sequelize: Sequelize): AdminAuditModel {
  return sequelize.define<AdminAuditInstance>(
    'AdminAudit',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      at: { type: DataTypes.DATE, allowNull: false },
      userId: { type: DataTypes.INTEGER, allowNull: true },
      entity: { type: DataTypes.STRING(64), allowNull: false },
      entityId: { type: DataTypes.STRING(64), allowNull: true },
      action: { type: DataTypes.STRING(16), allowNull: false },
      beforeValue: { type: DataTypes.TEXT, allowNull: true },
      afterValue: { type: DataTypes.TEXT, allowNull: true },
    },
    { tableName: 'admin_audit', underscored: true, timestamps: false },
  );
}
