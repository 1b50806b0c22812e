import type { MessagePack } from '../../detect/pack.js';

/** One-line finding messages by detector and code. */
export const messages: MessagePack = {};
