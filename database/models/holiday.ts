import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A Jalali holiday; without a year it recurs. */
export interface HolidayAttributes {
  id: number;
  year: number | null;
  month: number;
  day: number;
  nameFa: string;
  nameEn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type HolidayInstance = Model<HolidayAttributes, Optional<HolidayAttributes, 'id' | 'year' | 'createdAt' | 'updatedAt'>>;
export type HolidayModel = ModelStatic<HolidayInstance>;

export function defineHoliday(sequelize: Sequelize): HolidayModel {
  return sequelize.define<HolidayInstance>(
    'Holiday',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      year: { type: DataTypes.INTEGER, allowNull: true },
      month: { type: DataTypes.INTEGER, allowNull: false },
      day: { type: DataTypes.INTEGER, allowNull: false },
      nameFa: { type: DataTypes.STRING(200), allowNull: false },
      nameEn: { type: DataTypes.STRING(200), allowNull: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'holidays', underscored: true, timestamps: false },
  );
}
