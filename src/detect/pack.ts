/** A message template: `{name}` placeholders are filled from the finding's params. */
export type MessageTemplate = string;

/** Finding messages of one language, by detector id and finding code. */
export type MessagePack = Readonly<Record<string, Readonly<Record<string, MessageTemplate>>>>;
