import type { Routes } from '@angular/router';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { unsavedChangesGuard } from './unsaved-changes-guard';

/** The designer area's pages, loaded lazily; the modeler itself loads when the editor opens. */
export const DESIGNER_ROUTES: Routes = [
  { path: '', pathMatch: 'full', title: pageTitle('area.designer'), loadComponent: () => import('./process-list/process-list-page').then((m) => m.ProcessListPage) },
  {
    path: 'new',
    title: pageTitle('designer.new.title'),
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./process-editor/process-editor-page').then((m) => m.ProcessEditorPage),
  },
  {
    path: ':processId/:version',
    title: pageTitle('designer.editor.title'),
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./process-editor/process-editor-page').then((m) => m.ProcessEditorPage),
  },
];
