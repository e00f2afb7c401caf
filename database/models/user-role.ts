import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A role a user has. */
export interface UserRoleAttributes {
  userId: number;
  role: string;
}

export type UserRoleInstance = Model<UserRoleAttributes, Optional<UserRoleAttributes, never>>;
export type UserRoleModel = ModelStatic<UserRoleInstance>;

export function defineUserRole(sequelize: Sequelize): UserRoleModel {
  return sequelize.define<UserRoleInstance>(
    'UserRole',
    {
      userId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      role: { type: DataTypes.STRING(32), allowNull: false, primaryKey: true },
    },
    { tableName: 'user_roles', underscored: true, timestamps: false },
  );
}
