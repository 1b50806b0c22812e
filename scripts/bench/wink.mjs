// wink-nlp and its small English model are dev dependencies used only by `npm run bench`, as an outside reference
// point for extraction throughput (both MIT). Loaded dynamically so the bench still runs when they are absent.

/** wink-nlp with its default pipeline over the English lite web model, or undefined when not installed. */
export async function loadWink() {
  try {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    // No pipe argument: the default pipeline (sentence boundaries, negation, sentiment, POS, entities).
    return winkNLP(model);
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}
