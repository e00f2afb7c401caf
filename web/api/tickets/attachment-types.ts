/** The files a ticket takes: screenshots, documents, archives of logs, voice notes. */
export const ATTACHMENT_TYPES: ReadonlyMap<string, { readonly extensions: readonly string[]; readonly magic?: readonly number[] }> = new Map([
  ['image/png', { extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] }],
  ['image/jpeg', { extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] }],
  ['image/gif', { extensions: ['gif'], magic: [0x47, 0x49, 0x46, 0x38] }],
  ['image/webp', { extensions: ['webp'], magic: [0x52, 0x49, 0x46, 0x46] }],
  ['application/pdf', { extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] }],
  ['text/plain', { extensions: ['txt', 'log'] }],
  ['text/csv', { extensions: ['csv'] }],
  ['application/zip', { extensions: ['zip'], magic: [0x50, 0x4b, 0x03, 0x04] }],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', { extensions: ['docx'], magic: [0x50, 0x4b, 0x03, 0x04] }],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', { extensions: ['xlsx'], magic: [0x50, 0x4b, 0x03, 0x04] }],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', { extensions: ['pptx'], magic: [0x50, 0x4b, 0x03, 0x04] }],
  ['audio/mpeg', { extensions: ['mp3'] }],
  ['audio/wav', { extensions: ['wav'], magic: [0x52, 0x49, 0x46, 0x46] }],
  ['audio/ogg', { extensions: ['ogg', 'oga'], magic: [0x4f, 0x67, 0x67, 0x53] }],
]);

export const MAX_ATTACHMENT_MB = 20;

/**
 * Whether a file is of a type we take: its declared type must be listed, its name must have one of
 * that type's extensions, and where the type has a signature its first bytes must carry it (a
 * renamed executable is refused).
 */
export function isAcceptedAttachment(contentType: string, fileName: string, head: Buffer): boolean {
  const type = ATTACHMENT_TYPES.get(contentType.toLowerCase().split(';')[0]!.trim());
  if (type === undefined) return false;
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (!type.extensions.includes(extension)) return false;
  return type.magic === undefined || type.magic.every((byte, index) => head[index] === byte);
}
