import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** Category × location → positions or a contractor. */
export interface RoutingRuleAttributes {
  id: number;
  categoryId: number | null;
  locationId: number | null;
  priority: number;
  targetKind: string;
  contractorId: number | null;
  description: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type RoutingRuleInstance = Model<RoutingRuleAttributes, Optional<RoutingRuleAttributes, 'id' | 'categoryId' | 'locationId' | 'priority' | 'contractorId' | 'active' | 'createdAt' | 'updatedAt'>>;
export type RoutingRuleModel = ModelStatic<RoutingRuleInstance>;

export function defineRoutingRule(sequelize: Sequelize): RoutingRuleModel {
  return sequelize.define<RoutingRuleInstance>(
    'RoutingRule',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      categoryId: { type: DataTypes.INTEGER, allowNull: true },
      locationId: { type: DataTypes.INTEGER, allowNull: true },
      priority: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      targetKind: { type: DataTypes.STRING(16), allowNull: false },
      contractorId: { type: DataTypes.INTEGER, allowNull: true },
      description: { type: DataTypes.STRING(500), allowNull: true },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'routing_rules', underscored: true, timestamps: false },
  );
}
