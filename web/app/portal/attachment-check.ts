/** The server's limit (web/api/tickets/attachment-types.ts); checked here too, so that a big file is refused before it is sent. */
export const MAX_ATTACHMENT_MB = 20;

/** The file types the server takes, for the file picker's `accept`. */
export const ACCEPTED_ATTACHMENTS = '.png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.log,.csv,.zip,.docx,.xlsx,.pptx,.mp3,.wav,.ogg,.oga';

export type AttachmentProblem = { readonly kind: 'tooLarge'; readonly max: number } | { readonly kind: 'type' };

/** Why a chosen file cannot go, before sending it; null when it may (the server checks again, content included). */
export function attachmentProblem(file: { readonly name: string; readonly size: number }): AttachmentProblem | null {
  if (file.size > MAX_ATTACHMENT_MB * 1024 * 1024) return { kind: 'tooLarge', max: MAX_ATTACHMENT_MB };
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  if (!file.name.includes('.') || !ACCEPTED_ATTACHMENTS.split(',').includes(`.${extension}`)) return { kind: 'type' };
  return null;
}
