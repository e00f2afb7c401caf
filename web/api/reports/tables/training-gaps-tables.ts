import type { ReportTable } from '../../../contract/reports.js';
import { trainingGapsReport } from '../../../../database/repositories/reports/training-gaps-report.js';
import { column, text } from '../localized.js';
import type { ReportDefinition } from '../report-definition.js';
import { share } from '../round.js';

/** Where users lack training: their questions (information requests) by unit and category. */
export const trainingGapsDefinition: ReportDefinition = {
  id: 'training-gaps',
  title: text('نیازهای آموزشی کاربران', 'User training gaps'),
  async build({ input, names }): Promise<ReportTable[]> {
    const report = await trainingGapsReport(input);
    return [
      {
        id: 'byUnit',
        title: text('درخواست‌های اطلاعات و راهنمایی به تفکیک واحد', 'Information requests by unit'),
        columns: [
          column('unit', 'label', 'واحد', 'Unit'),
          column('informationRequests', 'count', 'درخواست‌های راهنمایی', 'Information requests'),
          column('allRequests', 'count', 'همهٔ درخواست‌ها', 'All requests'),
          column('share', 'percent', 'سهم راهنمایی', 'Share of information requests'),
          column('requesters', 'count', 'افراد پرسش‌کننده', 'People who asked'),
          column('topCategory', 'label', 'بیشترین پرسش دربارهٔ', 'Asked most about'),
          column('topCategoryCount', 'count', 'تعداد', 'Times'),
        ],
        rows: report.byUnit.map((row) => ({
          unitId: row.unitId,
          unit: names.unit(row.unitId),
          informationRequests: row.informationRequests,
          allRequests: row.allRequests,
          share: share(row.share),
          requesters: row.requesters,
          topCategory: names.category(row.topCategoryId),
          topCategoryCount: row.topCategoryCount,
        })),
      },
      {
        id: 'byUnitAndCategory',
        title: text('واحد و موضوع: جایی که آموزش بیشترین اثر را دارد', 'Unit and subject: where training helps most'),
        columns: [
          column('unit', 'label', 'واحد', 'Unit'),
          column('category', 'label', 'موضوع', 'Subject'),
          column('informationRequests', 'count', 'درخواست‌های راهنمایی', 'Information requests'),
          column('requesters', 'count', 'افراد پرسش‌کننده', 'People who asked'),
        ],
        rows: report.byUnitAndCategory.map((row) => ({
          unitId: row.unitId,
          categoryId: row.categoryId,
          unit: names.unit(row.unitId),
          category: names.category(row.categoryId),
          informationRequests: row.informationRequests,
          requesters: row.requesters,
        })),
      },
      {
        id: 'byCategory',
        title: text('موضوع‌های پرسش', 'Subjects asked about'),
        columns: [column('category', 'label', 'موضوع', 'Subject'), column('informationRequests', 'count', 'درخواست‌های راهنمایی', 'Information requests'), column('units', 'count', 'تعداد واحدها', 'Units')],
        rows: report.byCategory.map((row) => ({ categoryId: row.categoryId, category: names.category(row.categoryId), informationRequests: row.informationRequests, units: row.units })),
      },
    ];
  },
};
