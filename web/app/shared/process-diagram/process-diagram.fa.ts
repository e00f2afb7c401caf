/** Messages of `<pk-process-diagram>` in Persian; keys start with `processDiagram.`. */
export const processDiagramFa = {
  'processDiagram.label': 'نمودار فرایند',
  'processDiagram.zoom': 'بزرگ‌نمایی نمودار',
  'processDiagram.zoomIn': 'بزرگ‌تر',
  'processDiagram.zoomOut': 'کوچک‌تر',
  'processDiagram.fit': 'نمایش کامل نمودار',
  'processDiagram.loading': 'در حال رسم نمودار…',
  'processDiagram.failed': 'نمودار رسم نشد.',
  'processDiagram.legend': 'راهنمای نمودار',
  'processDiagram.legend.completed': 'انجام‌شده',
  'processDiagram.legend.flow': 'مسیر طی‌شده',
  'processDiagram.legend.active': 'مرحلهٔ کنونی',
  'processDiagram.legend.terminated': 'نیمه‌کاره رها شده',
  'processDiagram.legend.incidents': '{count} خطای باز',
  'processDiagram.summary': 'مرحلهٔ کنونی: {steps}.',
  'processDiagram.summary.none': 'فرایند در هیچ مرحله‌ای منتظر نیست.',
  'processDiagram.now': 'اکنون',
} satisfies Readonly<Record<string, string>>;
