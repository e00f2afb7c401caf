import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** Which posts a person holds. */
export interface PersonPositionAttributes {
  personId: number;
  positionId: number;
  isPrimary: boolean;
}

export type PersonPositionInstance = Model<PersonPositionAttributes, Optional<PersonPositionAttributes, 'isPrimary'>>;
export type PersonPositionModel = ModelStatic<PersonPositionInstance>;

export function definePersonPosition(sequelize: Sequelize): PersonPositionModel {
  return sequelize.define<PersonPositionInstance>(
    'PersonPosition',
    {
      personId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      positionId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      isPrimary: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    },
    { tableName: 'person_positions', underscored: true, timestamps: false },
  );
}
