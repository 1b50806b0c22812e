/**
 * Lower-case particles inside personal names across languages ("Ursula von der Leyen", "Lula da Silva",
 * "Marisol de la Cruz", "Omar bin Laden"): they belong to the surname that follows them. Language-neutral data.
 * Irish, Scottish Gaelic and Welsh patronymic particles ("Pádraig Ó Sé", "Máire Ní Bhriain", "Seán Mac Giolla",
 * "Rhys ap Gwilym") are written capitalized but open the surname the same way.
 */
export const NAME_PARTICLES: readonly string[] = [
  'von', 'vom', 'zu', 'zur', 'van', 'der', 'den', 'de', 'des', 'la', 'le', 'les', 'du', 'da', 'das', 'do', 'dos', 'del', 'della',
  'di', 'dei', 'degli', 'los', 'las', 'ten', 'ter', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'y', 'e', 'af', 'av', 'auf',
  'ó', 'ua', 'uí', 'ní', 'nic', 'mac', 'mhic', 'ap',
];
