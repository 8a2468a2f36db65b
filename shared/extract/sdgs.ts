const SDG_WORDS: [number, RegExp][] = [
  [1, /\b(?:poverty|armut|pobreza|pauvreté)\b/i],
  [2, /\b(?:hunger|food|nutrition|agricultur\w*|ernährung|alimenta\w*)\b/i],
  [3, /\b(?:health\w*|mental|medic\w*|disease|gesundheit|salud|saúde|santé|zdrav\w*|hiv|aids)\b/i],
  [
    4,
    /\b(?:education\w*|school\w*|scholarships?|stem|steam|learning|literacy|teach\w*|students?|bildung|educación|educação|éducation|oer)\b/i,
  ],
  [5, /\b(?:gender|women|girls|female|equality|gleichstellung|mujeres|mulheres|femmes)\b/i],
  [6, /\b(?:water|sanitation|wasser|agua|água|eau)\b/i],
  [7, /\b(?:energy|energie\w*|energiewende|renewable\w*|energía|energia|solar)\b/i],
  [8, /\b(?:employment|jobs?|economic growth|livelihoods?|decent work|wirtschaft\w*)\b/i],
  [
    9,
    /\b(?:innovation|infrastructure|industry|technolog\w*|research|digital|forschung|satellites?|cubesats?)\b/i,
  ],
  [10, /\b(?:inequalit\w*|inclusion|disabilit\w*|postižením|behinderung|under-?served|minorit\w*)\b/i],
  [11, /\b(?:cities|urban|housing|zukunftsstadt|communit(?:y|ies) resilience|mobilit\w*)\b/i],
  [12, /\b(?:consumption|circular|recycling|bioökonomie|bioeconomy|green economy|nachhaltig\w*)\b/i],
  [13, /\b(?:climate|klima\w*|clima|carbon|emissions?)\b/i],
  [14, /\b(?:ocean\w*|marine|fisher\w*|coastal)\b/i],
  [15, /\b(?:biodiversity|forests?|land|wildlife|ecosystems?)\b/i],
  [16, /\b(?:peace|justice|governance|human rights|open access|open data|policy|advocacy|transparency)\b/i],
  [17, /\b(?:partnerships?|cooperation|collaboration|zusammenarbeit)\b/i],
];

/**
 * The Sustainable Development Goals (1–17) that focus areas mention, in goal order. Words that span
 * several goals ("youth", "community", "radio") map to none: a wrong goal costs more than a missing one.
 */
export function mapSdgs(focusAreas: string[]): number[] {
  const text = focusAreas.join(' ; ').slice(0, 5000);
  return SDG_WORDS.filter(([, re]) => re.test(text)).map(([goal]) => goal);
}
