import type { MessagesOf } from '../../core/i18n/messages-of';
import type { processDiagramFa } from './process-diagram.fa';

/** Messages of `<pk-process-diagram>` in English. */
export const processDiagramEn: MessagesOf<typeof processDiagramFa> = {
  'processDiagram.label': 'Process diagram',
  'processDiagram.zoom': 'Diagram zoom',
  'processDiagram.zoomIn': 'Zoom in',
  'processDiagram.zoomOut': 'Zoom out',
  'processDiagram.fit': 'Fit the diagram',
  'processDiagram.loading': 'Drawing the diagram…',
  'processDiagram.failed': 'The diagram could not be drawn.',
  'processDiagram.legend': 'Diagram legend',
  'processDiagram.legend.completed': 'Done',
  'processDiagram.legend.flow': 'Path taken',
  'processDiagram.legend.active': 'Current step',
  'processDiagram.legend.terminated': 'Cut short',
  'processDiagram.legend.incidents': '{count} open incidents',
  'processDiagram.summary': 'Current step: {steps}.',
  'processDiagram.summary.none': 'The process is not waiting at any step.',
  'processDiagram.now': 'Now',
};
