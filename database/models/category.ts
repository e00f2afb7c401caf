import { DataTypes, type Model, type ModelStatic, type Optional, type Sequelize } from 'sequelize';

/** A node of the three-level request catalogue. */
export interface CategoryAttributes {
  id: number;
  parentId: number | null;
  code: string | null;
  nameFa: string;
  nameEn: string;
  searchText: string | null;
  requestType: string;
  requestTypes: string | null;
  defaultPriorityCode: string | null;
  handlingMinutes: number | null;
  sortOrder: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type CategoryInstance = Model<CategoryAttributes, Optional<CategoryAttributes, 'id' | 'parentId' | 'searchText' | 'requestTypes' | 'handlingMinutes' | 'sortOrder' | 'active' | 'createdAt' | 'updatedAt'>>;
export type CategoryModel = ModelStatic<CategoryInstance>;

export function defineCategory(sequelize: Sequelize): CategoryModel {
  return sequelize.define<CategoryInstance>(
    'Category',
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      parentId: { type: DataTypes.INTEGER, allowNull: true },
      code: { type: DataTypes.STRING(64), allowNull: true },
      nameFa: { type: DataTypes.STRING(255), allowNull: false },
      nameEn: { type: DataTypes.STRING(255), allowNull: false },
      searchText: { type: DataTypes.TEXT, allowNull: true },
      requestType: { type: DataTypes.STRING(32), allowNull: false },
      requestTypes: { type: DataTypes.TEXT, allowNull: true },
      defaultPriorityCode: { type: DataTypes.STRING(32), allowNull: true },
      handlingMinutes: { type: DataTypes.INTEGER, allowNull: true },
      sortOrder: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      createdAt: { type: DataTypes.DATE, allowNull: false },
      updatedAt: { type: DataTypes.DATE, allowNull: false },
    },
    { tableName: 'categories', underscored: true, timestamps: false },
  );
}
