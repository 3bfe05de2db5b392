// English function words that open sentences and are capitalized only for that reason.
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'with', 'both', 'during', 'this', 'that', 'these', 'those',
  'it', 'its', 'our', 'we', 'he', 'she', 'they', 'his', 'her', 'their', 'as', 'since', 'before', 'after',
  'prior', 'while', 'when', 'how', 'what', 'why', 'where', 'currently', 'further', 'another', 'each', 'every',
  'all', 'some', 'many', 'most', 'and', 'but', 'or', 'of', 'to', 'from', 'if', 'i', 'today', 'yesterday',
  'also', 'however', 'indeed', 'meanwhile', 'there', 'here', 'under', 'through', 'between', 'among', 'about',
  'according', 'regarding', 'following', 'despite', 'then', 'now', 'so', 'such', 'other', 'new', 'his',
  'mr', 'mrs', 'ms', 'dear', 'opening', 'speaking', 'addressing', 'welcoming', 'said', 'says', 'report', 'excellent', 'recognizing', 'recognising', 'securing',
]);

/** "a cabinet", "every state": words before a common noun used in general, not a name or a house's term. */
export const GENERIC_DETERMINERS = new Set(['a', 'an', 'every', 'each', 'any', 'no']);

/** A word that reads as a past participle ("ended", "opened"; not "need" or "seed"). */
export const looksLikeParticiple = (w: string): boolean => w.length > 4 && /[^e]ed$/.test(w);

/** Words that join the words of a name in other European languages ("für", "voor de", "pentru", "y"). */
export const OTHER_LANGUAGE_CONNECTORS = new Set([
  'für', 'fur', 'zur', 'zum', 'und', 'der', 'die', 'das', 'des', 'den', 'voor', 'van', 'het', 'en', 'pour', 'et', 'du',
  'de', 'la', 'le', 'les', 'del', 'della', 'di', 'da', 'do', 'dos', 'e', 'y', 'el', 'los', 'las', 'para', 'per', 'pentru',
  'și', 'och', 'og', 'i', 'na', 'dla', 'pro',
]);

