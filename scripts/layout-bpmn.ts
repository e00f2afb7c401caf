/**
 * Adds diagram layout (BPMN DI) to hand-written models that have none, so that they open in the
 * designer like models drawn in Camunda Modeler: `npx tsx scripts/layout-bpmn.ts file.bpmn…`.
 * Files that already have a diagram are left alone.
 */
import fs from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

for (const file of process.argv.slice(2)) {
  const xml = fs.readFileSync(file, 'utf8');
  if (xml.includes('bpmndi:BPMNDiagram')) {
    console.log(`${file}: has a diagram, left alone`);
    continue;
  }
  fs.writeFileSync(file, await layoutProcess(xml));
  console.log(`${file}: laid out`);
}
