import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A person's number in E.164; the caller-id index. */
export interface PersonPhoneAttributes {
  personId: number;
  phone: string;
  kind: string;
}

export type PersonPhoneInstance = Model<PersonPhoneAttributes, Optional<PersonPhoneAttributes, never>>;
export type PersonPhoneModel = ModelStatic<PersonPhoneInstance>;

export function definePersonPhone(sequelize: Sequelize): PersonPhoneModel {
  return sequelize.define<PersonPhoneInstance>(
    'PersonPhone',
    {
      personId: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
      phone: { type: DataTypes.STRING(20), allowNull: false, primaryKey: true },
      kind: { type: DataTypes.STRING(16), allowNull: false },
    },
    { tableName: 'person_phones', underscored: true, timestamps: false },
  );
}
