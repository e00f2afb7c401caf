import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multer from 'multer';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { attachTicketFile, getTicketAttachment } from '../../../core/tickets/attach-ticket-file.js';
import type { TicketDeps } from '../../../core/tickets/ticket-deps.js';
import type { ApiDeps } from '../api-deps.js';
import { principalOf } from '../auth/principal-of.js';
import type { ApiRouter } from '../http/api-router.js';
import { isAcceptedAttachment, MAX_ATTACHMENT_MB } from './attachment-types.js';
import { storeUpload } from './store-upload.js';
import { attachmentParams, ticketParams } from './ticket-schemas.js';

async function headOf(file: string): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(8);
    await handle.read(buffer, 0, 8, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}

/** `attachment; filename*=UTF-8''…`, so that Persian file names survive. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** POST and GET /api/tickets/:id/attachments: files checked for type and size, stored under their SHA-256. */
export function attachmentRoutes(routes: ApiRouter, tickets: TicketDeps, deps: ApiDeps): void {
  const incoming = path.join(deps.filesDir, 'incoming');
  const upload = multer({
    storage: multer.diskStorage({
      destination: (_request, _file, done) => fs.mkdir(incoming, { recursive: true }, (error) => done(error, incoming)),
      filename: (_request, _file, done) => done(null, randomUUID()),
    }),
    limits: { fileSize: MAX_ATTACHMENT_MB * 1024 * 1024, files: 1, fields: 10 },
  });
  // Only a signed-in caller's upload is written to disk at all.
  routes.router.post(
    '/tickets/:id/attachments',
    (request, response, next) => {
      principalOf(request, response);
      next();
    },
    (request, response, next) =>
      upload.single('file')(request, response, (error: unknown) => {
        if (error instanceof multer.MulterError) {
          next(new ValidationError([error.code === 'LIMIT_FILE_SIZE' ? { field: 'file', messageKey: 'attachment.tooLarge', params: { max: MAX_ATTACHMENT_MB } } : { field: error.field ?? 'file', messageKey: 'input.invalid' }]));
        } else next(error);
      }),
  );
  routes.route(
    { method: 'post', path: '/tickets/:id/attachments', tag: 'tickets', summary: `Attach a file (multipart field “file”, at most ${MAX_ATTACHMENT_MB} MB; images, PDF, text, office documents, zip, audio)`, access: 'authenticated', params: ticketParams, success: 201 },
    async ({ principal, params, request }) => {
      const file = request.file;
      if (file === undefined) throw new ValidationError([{ field: 'file', messageKey: 'attachment.required' }]);
      let stored: Awaited<ReturnType<typeof storeUpload>> | undefined;
      try {
        // Multer decodes the name as Latin-1; browsers send UTF-8.
        const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').normalize('NFC');
        if (!isAcceptedAttachment(file.mimetype, fileName, await headOf(file.path))) {
          throw new ValidationError([{ field: 'file', messageKey: 'attachment.typeNotAllowed', params: { type: file.mimetype } }]);
        }
        stored = await storeUpload(deps.filesDir, file.path);
        const outcome = await attachTicketFile(tickets, {
          ticketId: params.id,
          actor: principal,
          file: { fileName: fileName.slice(0, 255), contentType: file.mimetype, size: file.size, sha256: stored.sha256, storagePath: stored.storagePath },
        });
        return { id: Number(outcome.result), url: `/api/tickets/${params.id}/attachments/${outcome.result}` };
      } catch (error) {
        if (stored?.created) await fs.promises.rm(path.join(deps.filesDir, stored.storagePath), { force: true });
        throw error;
      } finally {
        await fs.promises.rm(file.path, { force: true });
      }
    },
  );
  routes.route(
    { method: 'get', path: '/tickets/:id/attachments/:attachmentId', tag: 'tickets', summary: 'Download an attachment (for those who may see the ticket)', access: 'authenticated', params: attachmentParams },
    async ({ principal, params, response }) => {
      const attachment = await getTicketAttachment(tickets, { ticketId: params.id, attachmentId: String(params.attachmentId), actor: principal });
      response.setHeader('Content-Type', attachment.contentType);
      response.setHeader('Content-Length', String(attachment.size));
      response.setHeader('Content-Disposition', contentDisposition(attachment.fileName));
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Cache-Control', 'private, no-store');
      await pipeline(fs.createReadStream(path.join(deps.filesDir, attachment.storagePath)), response);
    },
  );
}
