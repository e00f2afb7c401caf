import type { LocalizedText, ReportColumn, ReportColumnKind } from '../../contract/reports.js';

/** A text in Persian and English. */
export const text = (fa: string, en: string): LocalizedText => ({ fa, en });

/** A column of a report table. */
export const column = (key: string, kind: ReportColumnKind, fa: string, en: string): ReportColumn => ({ key, kind, label: text(fa, en) });
