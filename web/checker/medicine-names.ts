/**
 * A medicine's name on its box ("gliclazide") tells most readers nothing; a lay word for its kind
 * ("pillen tegen suikerziekte") tells them whether the question is about them. So a text that
 * names such a medicine says first, in plain words, what kind of medicine it is.
 *
 * Listed are the names our texts use that people know only from the box. Left out, as everyday
 * words: paracetamol and ibuprofen (on every supermarket shelf), aspirine/aspirin and Ascal,
 * insuline/insulin and morfine/morphine (known by name to nearly everyone), adrenaline and the
 * EpiPen (known to everyone who carries one), antibiotica and ORS.
 */

interface MedicineKind {
  /** Word starts of the names, lower case ("metformin" finds "metformine" and "metformin"). */
  readonly names: readonly string[];
  /** Word starts of the lay words, Dutch and English, any of which may come first. */
  readonly layWords: readonly string[];
  /** What to write, for the message. */
  readonly say: string;
}

const KINDS: readonly MedicineKind[] = [
  {
    names: [
      'acenocoumarol',
      'fenprocoumon',
      'phenprocoumon',
      'apixaban',
      'dabigatran',
      'edoxaban',
      'rivaroxaban',
      'heparin',
      'nadroparin',
      'dalteparin',
    ],
    layWords: ['bloedverdun', 'blood thinner', 'stolt', 'clot'],
    say: '"bloedverdunners" / "blood thinners"',
  },
  {
    names: ['clopidogrel', 'prasugrel', 'ticagrelor', 'acetylsalicyl', 'carbasala'],
    layWords: ['bloedplaatjes', 'platelet', 'bloedverdun', 'blood thinner', 'aspirin', 'ascal'],
    say: '"medicijnen die bloedplaatjes remmen" / "medicines that slow down platelets"',
  },
  {
    names: ['gliclazide', 'glimepiride', 'metformin'],
    layWords: ['suikerziekte', 'diabetes', 'bloedsuiker', 'blood sugar'],
    say: '"pillen tegen suikerziekte" / "tablets for diabetes"',
  },
  {
    names: ['prednison', 'methotrexa'],
    layWords: ['afweer', 'weerstand', 'immun', 'resistance', 'ontstekingsremm', 'anti-inflammator'],
    say: '"medicijnen die je afweer remmen" / "medicines that suppress your immune system"',
  },
  {
    names: ['diclofenac', 'naproxen'],
    layWords: ['pijnstill', 'painkiller', 'ontstekingsremm', 'anti-inflammator'],
    say: '"pijnstillers" / "painkillers"',
  },
  {
    names: ['oxycodon', 'fentanyl', 'metamizol'],
    layWords: ['pijnstill', 'painkiller'],
    say: '"sterke pijnstillers" / "strong painkillers"',
  },
  {
    names: ['thiamazol', 'carbimazol', 'propylthiouracil'],
    layWords: ['schildklier', 'thyroid'],
    say: '"medicijnen voor je schildklier" / "medicines for your thyroid"',
  },
  { names: ['clozapine'], layWords: ['psychose', 'psychosis'], say: '"een medicijn bij psychose" / "a medicine for psychosis"' },
  {
    names: ['lithium'],
    layWords: ['bipola', 'manisch', 'manic'],
    say: '"een medicijn bij een bipolaire stoornis" / "a medicine for bipolar disorder"',
  },
  {
    names: ['enalapril', 'lisinopril', 'perindopril', 'ramipril'],
    layWords: ['bloeddruk', 'blood pressure'],
    say: '"bloeddrukpillen" / "blood pressure pills"',
  },
  {
    names: ['cetirizine', 'loratadine'],
    layWords: ['allerg', 'hooikoorts', 'hay fever'],
    say: '"een tablet tegen allergie" / "an allergy tablet"',
  },
];

/** Finds the first word that starts with one of `starts`. */
const wordStartingWith = (starts: readonly string[]) => new RegExp(`(?<!\\p{L})(?:${starts.join('|')})[\\p{L}-]*`, 'iu');

const PATTERNS = KINDS.map((kind) => ({ say: kind.say, name: wordStartingWith(kind.names), lay: wordStartingWith(kind.layWords) }));
/** Most texts name no medicine: one search tells. */
const ANY_NAME = wordStartingWith(KINDS.flatMap((kind) => kind.names));

/**
 * For each kind of medicine a text names before any lay word for that kind: the message. A lay
 * word may also stand in `before`, what the reader has just read (a question, above its hint).
 */
export function unexplainedMedicines(text: string, before = ''): string[] {
  if (!ANY_NAME.test(text)) return [];
  return PATTERNS.flatMap(({ say, name, lay }) => {
    const named = name.exec(text);
    if (!named || lay.test(`${before}\n${text.slice(0, named.index)}`)) return [];
    return [`names the medicine "${named[0]}" before saying in plain words what kind it is, such as ${say}`];
  });
}
