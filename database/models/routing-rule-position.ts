import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A position a routing rule sends tickets to. */
export interface RoutingRulePositionAttributes {
  ruleId: number;
  positionId: number;
}

export type RoutingRulePositionInstance = Model<RoutingRulePositionAttributes, Optional<RoutingRulePositionAttributes, never>>;
export type RoutingRulePositionModel = ModelStatic<RoutingRulePositionInstance>;

export function defineRoutingRulePosition(sequelize: Sequelize): RoutingRulePositionModel {
  return sequelize.define<RoutingRulePositionInstance>(
    'RoutingRulePosition',
    {
      ruleId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      positionId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
    },
    { tableName: 'routing_rule_positions', underscored: true, timestamps: false },
  );
}
