import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A one-off closure. */
export interface ClosureAttributes {
  id: number;
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type ClosureInstance = Model<ClosureAttributes, Optional<ClosureAttributes, 'id' | 'createdAt' | 'updatedAt'>>;
export type ClosureModel = ModelStatic<ClosureInstance>;

export function defineClosure(sequelize: Sequelize): ClosureModel {
  return sequelize.define<ClosureInstance>(
    'Closure',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      startsAt: { type: DataTypes.DATE, allowNull: false },
      endsAt: { type: DataTypes.DATE, allowNull: false },
      reason: { type: DataTypes.STRING(500), allowNull: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'closures', underscored: true, timestamps: false },
  );
}
