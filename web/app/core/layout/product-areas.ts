import type { ProductArea } from './product-area';

/**
 * The areas in navigation order. Set `ready: true` when an area's feature replaces its placeholder
 * route. `roles` decide who sees and enters an area (the server checks every call again).
 */
export const PRODUCT_AREAS: readonly ProductArea[] = [
  { path: 'operator-console', label: 'area.operatorConsole', description: 'area.operatorConsole.description', icon: 'headset', ready: true, roles: ['operator'] },
  { path: 'cartable', label: 'area.cartable', description: 'area.cartable.description', icon: 'inbox', ready: true, roles: ['staff', 'operator', 'supervisor', 'feedbackAgent'] },
  { path: 'portal', label: 'area.portal', description: 'area.portal.description', icon: 'portal', ready: true, roles: ['requester'] },
  { path: 'designer', label: 'area.designer', description: 'area.designer.description', icon: 'designer', ready: true, roles: ['designer'] },
  { path: 'admin', label: 'area.admin', description: 'area.admin.description', icon: 'admin', ready: true, roles: ['admin'] },
  { path: 'audit', label: 'area.audit', description: 'area.audit.description', icon: 'audit', ready: true, roles: ['auditor'] },
  { path: 'reports', label: 'area.reports', description: 'area.reports.description', icon: 'reports', ready: true, roles: ['supervisor'] },
  { path: 'status', label: 'area.status', description: 'area.status.description', icon: 'status', ready: true },
];
