/** A feature's messages in another language: exactly the keys of its Persian messages, a compile error otherwise. */
export type MessagesOf<T> = Readonly<Record<keyof T, string>>;
