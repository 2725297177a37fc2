import terms from './terms.json';
import { joinList } from '../../i18n';
import { doc, stringListOption } from '../../options';
import { PRINCIPLES } from '../../principles';
import { defineRule } from '../../rule';
import type { PlacedRecipient } from '../../facts';
import { isNameChar, isPinyin, isSurname, readingsOf, romanize } from './names';

/** One person the greeting names: Chinese (`王经理` → surname 王) or Latin (`Mr Smith`). */
interface Greeted {
  /** As written, for the message (`王经理`, `John`). */
  readonly shown: string;
  /** The name without its title: Han characters, or lower-case Latin words. */
  readonly name: string;
  readonly han: boolean;
  /** Only a surname with a title (`王经理`, `Mr Wang`). */
  readonly surnameOnly: boolean;
}

const HAN_PREFIX = /^(?:尊敬的|亲爱的|親愛的|敬爱的|敬愛的|致)\s*/u;
const HAN_SUFFIX = /(?:您好|你好|们好|們好|好)$/u;
const LATIN_PREFIX = /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|morning)\b\s*/iu;
const NAME_SEPARATORS = /\s*(?:[、/&＆]|\band\b|[和及与與])\s*/u;
/** Past this many To recipients a greeting to one name is usually to a team (Dear West, for the West desk). */
const MAX_TO = 3;
/** A first line short enough to be only a greeting, up to its first comma or colon. */
const GREETING_LINE = /^([^,，:：!！。.]{1,30})(?:[,，:：!！]|$)/u;

export default defineRule({
  meta: {
    id: 'salutation-mismatch',
    defaultSeverity: 'warning',
    clauses: ['recipients'],
    principle: PRINCIPLES.recipients,
    messages: {
      mismatch: {
        'zh-CN': '邮件称呼“{{name}}”，但收件人是 {{recipients}}：请确认没有发错人。',
        'zh-TW': '郵件稱呼「{{name}}」，但收件者是 {{recipients}}：請確認沒有寄錯人。',
        'en-US': 'The greeting names {{name}}, but the mail is to {{recipients}}: check that it goes to the right person.',
      },
    },
    requires: ['body', 'to', 'cc', 'bcc'],
    options: {
      titles: stringListOption(terms.titles, doc('Titles after a Chinese surname or name (经理, 總, 老师 …); an array adds to the built-in list, {"replace": [...]} replaces it.')),
      generic: stringListOption(terms.generic, doc('Greetings that name nobody (各位, 大家, all, team …); an array adds to the built-in list, {"replace": [...]} replaces it.')),
      roleMailboxes: stringListOption(terms.roleMailboxes, doc('Address local parts of shared mailboxes (info, sales …): one without a display name leaves the greeting unjudged.')),
    },
  },
  check({ facts, options, locale }) {
    const to = facts.recipients.filter((recipient) => recipient.field === 'to');
    // A list in To may hold the greeted person; an Exchange alias or a role mailbox gives nothing to compare.
    if (to.length === 0 || to.length > MAX_TO || to.some((recipient) => recipient.group || !comparable(recipient, options.roleMailboxes))) return [];
    const greeted = greetedNames(facts.bodyParts.author, options.titles, options.generic);
    // Someone in CC or BCC greeted first still gets the mail: what this rule is for is mail to the wrong person.
    if (greeted.length === 0 || greeted.some((person) => facts.recipients.some((recipient) => matches(person, recipient)))) return [];
    return [
      {
        messageId: 'mismatch',
        field: 'to',
        data: { name: greeted.map((person) => person.shown).join('、'), recipients: joinList(to.map(describe), locale) },
      },
    ];
  },
});

function describe(recipient: PlacedRecipient): string {
  return recipient.name.trim() || recipient.address;
}

function localPart(recipient: PlacedRecipient): string {
  const at = recipient.key.lastIndexOf('@');
  return at > 0 ? recipient.key.slice(0, at) : '';
}

function comparable(recipient: PlacedRecipient, roleMailboxes: readonly string[]): boolean {
  const local = localPart(recipient);
  // An Exchange alias (no @) may be anyone; a list by its address (dl-sales, all.staff) is no one person.
  if (local === '' || /(?:^|[._-])(?:dl|all)(?:$|[._-])/u.test(local)) return false;
  return recipient.name.trim() !== '' || !roleMailboxes.includes(local.replace(/\d+$/u, ''));
}

/** The people the first line of the author's text greets by name; none for 各位, 您好, Dear team. */
function greetedNames(author: string, titles: readonly string[], generic: readonly string[]): Greeted[] {
  const first = author.split('\n').map((line) => line.trim()).find(Boolean) ?? '';
  const line = GREETING_LINE.exec(first);
  if (!line) return [];
  const latin = LATIN_PREFIX.test(line[1]!);
  const body = line[1]!.replace(LATIN_PREFIX, '').replace(HAN_PREFIX, '').replace(HAN_SUFFIX, '').trim();
  // A Chinese greeting is the whole first line; an English one may run on after the comma.
  if (!latin && !/[,，:：!！]$/u.test(first) && !HAN_SUFFIX.test(line[1]!)) return [];
  const parts = body.split(NAME_SEPARATORS).filter(Boolean);
  // Only after Dear, Hi … is a Latin word a name: `Thanks,` or `Bob,` alone on the first line are not judged.
  const people = parts.map((part) => (/\p{Script=Han}/u.test(part) ? hanName(part, titles, generic) : latin ? latinName(part, generic) : undefined)).filter((person) => person !== undefined);
  // 王经理、各位：greets a group too; a name among words that are none leaves the line unjudged.
  return people.length === parts.length ? people : [];
}

function hanName(part: string, titles: readonly string[], generic: readonly string[]): Greeted | undefined {
  if (!/^\p{Script=Han}{1,6}$/u.test(part) || generic.includes(part)) return undefined;
  const title = [...titles].sort((a, b) => b.length - a.length).find((candidate) => part.endsWith(candidate) && part.length > candidate.length);
  // 小王, 老李: a surname with a familiar prefix.
  const name = (title ? part.slice(0, -title.length) : part).replace(/^[小老阿](?=\p{Script=Han}$)/u, '');
  const chars = [...name];
  if (generic.includes(name) || chars.length > 4 || !chars.every(isNameChar)) return undefined;
  if (title || name.length < part.length) return isSurname(chars[0]) && chars.length <= 3 ? { shown: part, name, han: true, surnameOnly: chars.length === 1 } : undefined;
  if (chars.length < 2) return undefined;
  // A full name starts with a surname; two characters that do not are a given name (晓东).
  return isSurname(chars[0]) || chars.length === 2 ? { shown: part, name, han: true, surnameOnly: false } : undefined;
}

function latinName(part: string, generic: readonly string[]): Greeted | undefined {
  const words = part.split(/[\s.]+/u).filter(Boolean);
  const titled = words.length > 1 && terms.englishTitles.includes(words[0]!.toLowerCase());
  const name = (titled ? words.slice(1) : words).map((word) => word.toLowerCase());
  // A name is capitalised (Dear John, not Dear team, nor DEAR ALL); all, team and the like never name anyone.
  if (name.length === 0 || name.length > 3 || !words.every((word) => /^\p{Lu}\p{Ll}[\p{L}'-]*$/u.test(word))) return undefined;
  if (generic.includes(name.join(' ')) || name.some((word) => generic.includes(word))) return undefined;
  return { shown: part, name: name.join(' '), han: false, surnameOnly: titled && name.length === 1 };
}

/** Whether the greeted person may be this recipient, by display name or by address. */
function matches(person: Greeted, recipient: PlacedRecipient): boolean {
  const display = recipient.name.normalize('NFKC').trim();
  const latinSources = [localPart(recipient)];
  if (display !== '' && !/\p{Script=Han}/u.test(display)) latinSources.push(display.toLowerCase());
  for (const hanRun of display.match(/\p{Script=Han}+/gu) ?? []) if (hanMatchesHan(person, hanRun)) return true;
  if (person.han) return latinSources.some((latin) => latin !== '' && hanMatchesLatin(person, latin));
  const hanRuns = display.match(/\p{Script=Han}+/gu) ?? [];
  return latinSources.some((latin) => latin !== '' && latinMatchesLatin(person, latin)) || hanRuns.some((run) => latinMatchesHan(person, run));
}

/** 王经理 and 王五, 张三 and 張三 (by reading: the table lists both forms), 晓东 and 王晓东. */
function hanMatchesHan(person: Greeted, display: string): boolean {
  if (!person.han) return false;
  if (person.surnameOnly ? display.startsWith(person.name) : display.includes(person.name)) return true;
  const wanted = romanize(person.name, isSurname([...person.name][0]));
  const shown = romanize(display, true);
  const starts = person.surnameOnly ? [0] : [...shown.keys()];
  return starts.some((start) => wanted.every((options, offset) => sameSyllable(options, shown[start + offset], start + offset < shown.length)));
}

/** A character the table lacks reads as any syllable: such a name is given the benefit of the doubt. */
function sameSyllable(a: string[] | undefined, b: string[] | undefined, present: boolean): boolean {
  if (!present) return false;
  return a === undefined || b === undefined || a.some((syllable) => b.includes(syllable));
}

/** The ways an address or a Latin display name may spell a Chinese name: li.si, lisi, si.li, lsi, lisi2026, Li Si. */
function nameForms(syllableLists: string[][], surnameLength: number): { surname: string; given: string; forms: string[] }[] {
  return syllableLists.map((syllables) => {
    const surname = syllables.slice(0, surnameLength).join('');
    const given = syllables.slice(surnameLength).join('');
    const initials = (list: string[]) => list.map((syllable) => syllable[0]).join('');
    const s0 = initials(syllables.slice(0, surnameLength));
    const g0 = initials(syllables.slice(surnameLength));
    const forms = given === '' ? [surname] : [surname + given, given + surname, s0 + given, surname + g0, g0 + surname, s0 + g0, given];
    return { surname, given, forms };
  });
}

function hanMatchesLatin(person: Greeted, latin: string): boolean {
  const letters = latin.replace(/[^a-z]/gu, '');
  const tokens = latin.split(/[^a-z]+/u).filter(Boolean);
  const chars = [...person.name];
  const surnameFirst = isSurname(chars[0]);
  const options = romanize(person.name, surnameFirst);
  // A character the table lacks: only the surname can be compared, or nothing.
  const known = options.every((option) => option !== undefined);
  if (!known && !(surnameFirst && options[0])) return true;
  const ways = readingsOf(known ? (options as string[][]) : [options[0]!]);
  const splits = person.surnameOnly || !known ? [chars.length === 1 || !known ? 1 : chars.length] : surnameFirst ? [1, 2].filter((n) => n < chars.length) : [0];
  return splits.some((surnameLength) =>
    nameForms(ways, surnameLength).some(({ surname, given, forms }) => {
      if (forms.some((form) => form.length >= 2 && (letters.startsWith(form) || letters.endsWith(form) || tokens.includes(form)))) return true;
      // john.zhang for 张三: the surname, and a first name that is no pinyin (an English name).
      return surname !== '' && tokens.includes(surname) && (given === '' || !known || tokens.some((token) => token !== surname && !isPinyin(token)));
    }),
  );
}

/** Dear John against john.smith, jsmith (Mr Smith), j.smith, John Smith or Smith, John. */
function latinMatchesLatin(person: Greeted, latin: string): boolean {
  const words = person.name.split(' ');
  const letters = latin.replace(/[^a-z]/gu, '');
  const tokens = latin.split(/[^a-z]+/u).filter(Boolean);
  // Beth in elizabeth; w..pereira (a middle initial first) says nothing of the first name.
  if (words.some((word) => tokens.some((token) => token.includes(word))) || tokens.some((token) => token.length === 1)) return true;
  const joined = words.join('');
  if (letters.startsWith(joined) || letters.endsWith(joined) || letters.startsWith(words[0]!)) return true;
  if (person.surnameOnly) return letters.endsWith(words[0]!);
  // pallen for Phillip, mike.carson for Michael, james.javins for Jim: the initial is all an address may share with a first name.
  return letters[0] === words[0]![0];
}

/** Hi Xiaoming, Dear Mr Zhang, Dear Lisi against 张小明 or 李四. */
function latinMatchesHan(person: Greeted, display: string): boolean {
  const options = romanize(display, true);
  if (options.some((option) => option === undefined)) return true;
  const joined = person.name.replace(/[^a-z]/gu, '');
  const chars = [...display];
  const splits = [1, 2].filter((n) => n < chars.length);
  return splits.some((surnameLength) =>
    nameForms(readingsOf(options as string[][]), surnameLength).some(({ surname, given, forms }) => [...forms, surname].includes(joined) || person.name.split(' ').some((word) => word === given || word === surname)),
  );
}
