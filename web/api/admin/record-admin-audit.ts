import type { AdminWrite } from './admin-resource.js';

export type AdminAction = 'create' | 'update' | 'delete' | 'replace' | 'resetPassword' | 'unlock' | 'revoke';

/** Appends who changed what, when, with the entity's state before and after (null when it did not exist). */
export async function recordAdminAudit(
  write: AdminWrite,
  change: { readonly entity: string; readonly entityId: string | number | null; readonly action: AdminAction; readonly before: unknown; readonly after: unknown },
): Promise<void> {
  await write.models.AdminAudit.create(
    {
      at: write.now,
      userId: write.principal.kind === 'user' ? write.principal.id : null,
      entity: change.entity,
      entityId: change.entityId === null ? null : String(change.entityId),
      action: change.action,
      beforeValue: change.before === undefined || change.before === null ? null : JSON.stringify(change.before),
      afterValue: change.after === undefined || change.after === null ? null : JSON.stringify(change.after),
    },
    write.options,
  );
}
