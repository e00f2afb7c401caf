import type { Routes } from '@angular/router';
import { provideMessages } from '../core/i18n/provide-messages';
import { pageTitle } from '../core/i18n/translated-title-strategy';
import { designerEn } from './designer.en';
import { designerFa } from './designer.fa';
import { unsavedChangesGuard } from './unsaved-changes-guard';

/** The designer area's pages, loaded lazily with their messages; the modeler itself loads when the editor opens. */
export const DESIGNER_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMessages(designerFa, designerEn)],
    children: [
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
    ],
  },
];
