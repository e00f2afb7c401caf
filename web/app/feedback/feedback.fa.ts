/** Messages of the feedback feature in Persian; keys start with `feedback.`. */
export const feedbackFa = {} satisfies Readonly<Record<string, string>>;
