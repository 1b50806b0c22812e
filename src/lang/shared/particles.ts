/**
 * Lower-case particles inside personal names across languages ("Ursula von der Leyen", "Lula da Silva",
 * "Marisol de la Cruz", "Omar bin Laden"): they belong to the surname that follows them. Language-neutral data.
 */
export const NAME_PARTICLES: readonly string[] = [
  'von', 'vom', 'zu', 'zur', 'van', 'der', 'den', 'de', 'des', 'la', 'le', 'les', 'du', 'da', 'das', 'do', 'dos', 'del', 'della',
  'di', 'dei', 'degli', 'los', 'las', 'ten', 'ter', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'y', 'e', 'af', 'av', 'auf',
];
