import terms from './terms.json';
import greetingTerms from '../greeting-signoff/terms.json';
import { joinList } from '../../i18n';
import { doc, stringListOption } from '../../options';
import { PRINCIPLES } from '../../principles';
import { defineRule } from '../../rule';
import type { PlacedRecipient } from '../../facts';
import { isNameChar, isPinyin, isSurname, readingsOf, romanize } from './names';

/** One person the greeting names: Chinese (`王经理` → surname 王) or Latin (`Mr Smith` → smith). */
interface Greeted {
  /** As written, for the message (`王经理`, `John`). */
  readonly shown: string;
  /** The name without its title: Han characters, or lower-case Latin words. */
  readonly name: string;
  readonly han: boolean;
  /** Only a surname with a title (`王经理`, `Mr Wang`). */
  readonly surnameOnly: boolean;
}

// No Unicode property escapes at Send (ES2016): the CJK blocks names are written in.
const HAN = /[\u3400-\u9fff]/u;
const HAN_RUNS = /[\u3400-\u9fff]+/gu;
/**
 * The author's text is NFKC, so ：，！ are already :,!. A greeting is the first line up to its first
 * comma or colon; the period of a title (`Dear Mr. Smith,`) ends no sentence.
 */
const GREETING_LINE = /^((?:\b(?:[Mm]rs?|[Mm]s|[Dd]r|[Pp]rof)\.|[^,:!。.]){1,30})([,:!]|$)/u;
/** A title after a surname or name, Simplified and Traditional: 王经理, 張總, 陳處長, 李老师, 王董, 刘工, 林先生. */
const TITLE = /(?:[总總]?[经經]理|董事[长長]|副?[总總]|[总總][监監]|董|老[师師]|主任|[\u3400-\u9fff][长長]|主管|秘[书書]|律[师師]|[医醫]生|博士|教授|工|先生|女士|小姐|同[学學]|老[板闆]|[师師]傅|[哥姐兄])$/u;
const NAME_SEPARATORS = /\s*(?:[、/&]|\band\b|[和及与與])\s*/u;
/** Past this many To recipients an English greeting to one name is usually to a team (Dear West, for the West desk); a Chinese name is one person's. */
const MAX_TO = 3;

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
    requires: ['body', 'to'],
    options: {
      generic: stringListOption(terms.generic, doc('Words that name nobody after Dear, Hi … (all, team, customer …; a plural too), besides the greetings of greeting-signoff (各位, 大家好, 您好 …); an array adds to the built-in list, {"replace": [...]} replaces it. A Chinese word needs no entry: one with a character the name table lacks is never read as a name.')),
      roleMailboxes: stringListOption(terms.roleMailboxes, doc('Address local parts of shared mailboxes (info, sales …): one without a display name leaves the greeting unjudged.')),
    },
  },
  check({ facts, options, locale }) {
    const to = facts.recipients.filter((recipient) => recipient.field === 'to');
    // A list in To may hold the greeted person; an Exchange alias or a role mailbox gives nothing to compare.
    if (to.length === 0 || to.some((recipient) => recipient.group || !comparable(recipient, options.roleMailboxes))) return [];
    const greeted = greetedNames(facts.bodyParts.author, options.generic);
    if (greeted.length === 0 || (to.length > MAX_TO && !greeted.every((person) => person.han))) return [];
    // To, as RULES.md says: the greeted person in CC or BCC only is greeted in the wrong field, or the mail is to the wrong person.
    if (!to.every((recipient) => namesItsOwner(recipient, greeted)) || greeted.some((person) => to.some((recipient) => matches(person, recipient)))) return [];
    const names = greeted.map((person) => person.shown).join('、');
    return [{ messageId: 'mismatch', field: 'to', data: { name: names, recipients: joinList(to.map((recipient) => displayName(recipient) || recipient.address), locale) } }];
  },
});

/** The recipient's display name; none when Outlook shows the address as one. */
function displayName(recipient: PlacedRecipient): string {
  const name = recipient.name.trim();
  return name.toLowerCase() === recipient.key ? '' : name;
}

function localPart(recipient: PlacedRecipient): string {
  const at = recipient.key.lastIndexOf('@');
  return at > 0 ? recipient.key.slice(0, at) : '';
}

function comparable(recipient: PlacedRecipient, roleMailboxes: readonly string[]): boolean {
  const local = localPart(recipient);
  // An Exchange alias (no @) may be anyone; a list by its address (dl-sales, all.staff) is no one person.
  if (local === '' || /(?:^|[._-])(?:dl|all)(?:$|[._-])/u.test(local)) return false;
  return displayName(recipient) !== '' || !roleMailboxes.includes(local.replace(/\d+$/u, ''));
}

/**
 * Whether a recipient says who reads the mail: a display name does; a bare address only as a name
 * in its local part, in pinyin for a Chinese greeting (li.si, zhaoliu). 12345678@qq.com or
 * someone@gmail.com under 王经理 may well be 王's own mailbox.
 */
function namesItsOwner(recipient: PlacedRecipient, greeted: readonly Greeted[]): boolean {
  if (displayName(recipient) !== '') return true;
  const words = localPart(recipient).split(/[^a-z]+/u).filter(Boolean);
  // An English greeting: a first.last address (bob.miller), not one word that may be a nickname (sunshine88).
  return greeted.some((person) => person.han) ? words.some(isPinyin) : words.length > 1;
}

/** The text without greeting words around it (尊敬的 … 您好, Dear …), and whether one was a Latin word. */
function withoutGreetings(text: string): [rest: string, stripped: boolean, latin: boolean] {
  let rest = text.trim();
  let stripped = false;
  let latin = false;
  for (let again = true; again; ) {
    again = false;
    for (const word of greetingTerms.greetings) {
      const lower = rest.toLowerCase();
      const han = HAN.test(word);
      // Hi, but not the Hi of Hilary.
      if (lower.startsWith(word) && lower.length > word.length && (han || !/[a-z]/u.test(lower[word.length]!))) rest = rest.slice(word.length).trim();
      else if (han && lower.endsWith(word)) rest = rest.slice(0, -word.length).trim();
      else continue;
      latin ||= !han;
      stripped = again = true;
    }
  }
  return [rest.replace(/[们們]?好$/u, ''), stripped, latin];
}

/** The people the first line of the author's text greets by name; none for 各位, 您好, Dear team. */
function greetedNames(author: string, generic: readonly string[]): Greeted[] {
  const first = author.split('\n').map((line) => line.trim()).find(Boolean) ?? '';
  const line = GREETING_LINE.exec(first);
  if (!line) return [];
  const [body, stripped, latin] = withoutGreetings(line[1]!);
  // A Chinese greeting is the whole first line; an English one may run on after the comma.
  if (!latin && !stripped && !/[,:!]$/u.test(first)) return [];
  const parts = body.split(NAME_SEPARATORS).filter(Boolean);
  // Only after Dear, Hi … is a Latin word a name: `Thanks,` or `Bob,` alone on the first line are not judged.
  const people = parts.map((part) => (HAN.test(part) ? hanName(part, generic, line[2] === '!') : latin ? latinName(part, generic) : undefined));
  // 王经理、各位：greets a group too; a name among words that are none leaves the line unjudged.
  return parts.length > 0 && people.every(Boolean) ? (people as Greeted[]) : [];
}

/** `exclaimed`: the line ends in ! (明白！, 新年快乐！), which a bare given name is not greeted with. */
function hanName(part: string, generic: readonly string[], exclaimed: boolean): Greeted | undefined {
  if (!/^[\u3400-\u9fff]{1,6}$/u.test(part) || generic.includes(part)) return undefined;
  // 小王, 老李: a surname with a familiar prefix.
  const name = part.replace(TITLE, '').replace(/^[小老阿](?=[\u3400-\u9fff]$)/u, '');
  const chars = [...name];
  // A character the table lacks (a rare name, or no name at all): the greeting is not judged.
  if (chars.length === 0 || chars.length > 4 || !chars.every(isNameChar)) return undefined;
  const surname = isSurname(chars[0]);
  if (name.length < part.length) return surname && chars.length <= 3 ? { shown: part, name, han: true, surnameOnly: chars.length === 1 } : undefined;
  // A full name starts with a surname; two characters that do not are a given name (晓东).
  return chars.length > 1 && (surname || (chars.length === 2 && !exclaimed)) ? { shown: part, name, han: true, surnameOnly: false } : undefined;
}

function latinName(part: string, generic: readonly string[]): Greeted | undefined {
  const words = part.split(/[\s.]+/u).filter(Boolean);
  const titled = words.length > 1 && /^(?:mr|mrs|ms|miss|dr|prof)$/iu.test(words[0]!);
  const name = (titled ? words.slice(1) : words).map((word) => word.toLowerCase());
  // A name is capitalised (Dear John, not Dear team, nor DEAR ALL); all, team and the like (and their plurals) never name anyone.
  if (name.length === 0 || name.length > 3 || !words.every((word) => /^[A-Z][a-z][A-Za-z'-]*$/u.test(word))) return undefined;
  if ([name.join(' '), ...name].some((word) => generic.includes(word) || generic.includes(word.replace(/s$/u, '')))) return undefined;
  return { shown: part, name: name.join(' '), han: false, surnameOnly: titled && name.length === 1 };
}

/** Whether the greeted person may be this recipient, by display name or by address. */
function matches(person: Greeted, recipient: PlacedRecipient): boolean {
  const display = recipient.name.normalize('NFKC').trim();
  const hanRuns = display.match(HAN_RUNS) ?? [];
  const readings = hanRuns.map((run) => romanize(run, true));
  const readable = readings.filter((run): run is string[][] => run.every(Boolean));
  // A Chinese display name the table cannot read, or a Latin greeting that is no pinyin (Hi Tony to
  // 王伟: many have an English name of their own): the benefit of the doubt.
  if (!person.han && hanRuns.length > 0 && (readable.length < readings.length || !person.name.split(' ').every(isPinyin))) return true;
  // 张小明 as zhang.xiaoming and zhangxiao.ming: what a Latin greeting is compared with, like an address.
  const spelled = readable.flatMap((run) => readingsOf(run).flatMap((way) => splits(way.length).map((n) => `${way.slice(0, n).join('')}.${way.slice(n).join('')}`)));
  const latin = [localPart(recipient), display.toLowerCase(), ...spelled].filter(Boolean);
  return person.han ? hanRuns.some((run) => hanMatchesHan(person, run)) || latin.some((text) => hanMatchesLatin(person, text)) : latin.some((text) => latinMatchesLatin(person, text));
}

/** 王经理 and 王五, 张三 and 張三 (by reading: the table lists both forms), 晓东 and 王晓东. */
function hanMatchesHan(person: Greeted, display: string): boolean {
  const wanted = romanize(person.name, isSurname(person.name[0]));
  const shown = romanize(display, true);
  const starts = person.surnameOnly ? [0] : [...shown.keys()];
  // A character the table lacks reads as any syllable: such a name is given the benefit of the doubt.
  return starts.some((start) => start + wanted.length <= shown.length && wanted.every((a, offset) => !shown[start + offset] || a!.some((syllable) => shown[start + offset]!.includes(syllable))));
}

/** Whole splits of a name into surname and given name: 欧阳明 as 欧 + 阳明 and 欧阳 + 明. */
function splits(length: number, surnameFirst = true): number[] {
  return surnameFirst ? [1, 2].filter((n) => n < length) : [0];
}

/** 李四 against li.si, lisi, si.li, lsi, lisi2026 or Li Si; 王经理 against wang, wangwu, wwang; 张三 against john.zhang. */
function hanMatchesLatin(person: Greeted, latin: string): boolean {
  const letters = latin.replace(/[^a-z]/gu, '');
  const tokens = latin.split(/[^a-z]+/u).filter(Boolean);
  const surnameFirst = isSurname(person.name[0]);
  const initials = (list: string[]) => list.map((syllable) => syllable[0]).join('');
  // Every character of a greeted Chinese name is in the table (hanName).
  const ways = readingsOf(romanize(person.name, surnameFirst) as string[][]);
  return (person.surnameOnly ? [1] : splits(person.name.length, surnameFirst)).some((n) =>
    ways.some((way) => {
      const given = way.slice(n).join('');
      const g0 = initials(way.slice(n));
      return spellingsOf(way.slice(0, n).join(''), surnameFirst).some((surname) => {
        const s0 = surname.slice(0, 1);
        const forms = given === '' ? [surname] : [surname + given, given + surname, s0 + given, surname + g0, g0 + surname, s0 + g0, given];
        if (forms.some((form) => form.length > 1 && (letters.startsWith(form) || letters.endsWith(form) || tokens.includes(form)))) return true;
        // john.zhang for 张三, Chang Chih-ming for 张志明: the surname, and a first name that is no pinyin (an English name, Wade-Giles).
        return surname !== '' && tokens.includes(surname) && (given === '' || tokens.some((token) => token !== surname && !isPinyin(token)));
      });
    }),
  );
}

/** A surname as pinyin and as Taiwan, Hong Kong and Southeast Asia spell it (张 zhang, chang, cheung, teo). */
function spellingsOf(surname: string, surnameFirst: boolean): string[] {
  const spellings = surnameFirst ? (terms.surnameSpellings as Record<string, string[] | undefined>)[surname] : undefined;
  return [surname, ...(spellings ?? [])];
}

/** Dear John against john.smith, jsmith (Mr Smith), j.smith, John Smith or Smith, John; Hi Xiaoming against 张小明. */
function latinMatchesLatin(person: Greeted, latin: string): boolean {
  const words = person.name.split(' ');
  const letters = latin.replace(/[^a-z]/gu, '');
  const tokens = latin.split(/[^a-z]+/u).filter(Boolean);
  // Beth in elizabeth; w..pereira (a middle initial first) says nothing of the first name.
  if (words.some((word) => tokens.some((token) => token.includes(word))) || tokens.some((token) => token.length === 1)) return true;
  if (letters.startsWith(words.join('')) || letters.endsWith(words.join('')) || letters.startsWith(words[0]!)) return true;
  // jsmith for Mr Smith; pallen for Phillip, mike.carson for Michael: the initial is all an address may share with a first name.
  return person.surnameOnly ? letters.endsWith(words[0]!) : letters[0] === words[0]![0];
}
