/**
 * When two function names are the same function. Names are stored as typed; these keys are only
 * for comparing them.
 */

/**
 * Letters of other scripts that are drawn like Latin ones in the fonts Teams uses, mapped to the
 * Latin letter (Cyrillic and Greek, both cases; the ones Unicode's confusables data, UTS #39
 * https://www.unicode.org/reports/tr39/, maps to a single Latin letter). Deliberately this short
 * list and not the whole data file (~30 KB gzipped on the first render): names are typed by
 * colleagues, and these are the letters a keyboard layout switch or a paste slips into a name.
 */
const LOOKALIKES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    // Cyrillic
    'аa еe оo рp сc уy хx ѕs іi јj ԁd ԛq ԝw һh ӏl ѵv ъb',
    'АA ВB ЕE ЅS ІI ЈJ КK МM НH ОO РP СC ТT ХX УY ԚQ ԜW',
    // Greek
    'αa οo ρp νv ιi κk υu χx γy ϲc ϳj',
    'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX',
    // Latin look-alikes of Latin letters
    'ıi ɡg ɑa',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [pair[0]!, pair[1]!]),
);

/** Characters that show nothing (zero-width spaces and joiners, soft hyphens, BOMs …). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Two names are one function when these keys are equal: case, outer spaces, invisible characters
 * and compatibility forms (NFKC: full-width letters, ligatures) aside. An import updates the row
 * whose key its row has.
 */
export const functionNameKey = (name: string): string =>
  name.normalize('NFKC').replace(INVISIBLE, '').trim().toLocaleLowerCase();

const spelledLatin = (name: string) =>
  Array.from(name.normalize('NFKC').replace(INVISIBLE, ''), (char) => LOOKALIKES[char] ?? char);

/**
 * Equal for names a reader cannot tell apart (`Bаckup` with a Cyrillic а, `Backup`): such a name
 * is refused next to the other, never taken for it — it may be a slip or a trap.
 */
export const lookalikeKey = (name: string): string =>
  spelledLatin(name).join('').trim().toLocaleLowerCase();

/** "a letter of another alphabet at position 2", for the message that refuses a look-alike. */
export function lookalikeNote(name: string): string {
  const chars = Array.from(name.normalize('NFKC').replace(INVISIBLE, '').trim());
  const at = chars.findIndex((char) => LOOKALIKES[char] !== undefined);
  return at < 0
    ? 'invisible or compatibility characters'
    : `a letter of another alphabet at position ${at + 1}`;
}
