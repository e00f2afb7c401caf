/**
 * What is asked for: something broken (`incident`), something wanted (`serviceRequest`), an answer
 * (`information`), a record to be kept (`documentation`), a change to a system (`change`).
 */
export const REQUEST_TYPES = ['incident', 'serviceRequest', 'information', 'documentation', 'change'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
