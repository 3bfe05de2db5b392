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
