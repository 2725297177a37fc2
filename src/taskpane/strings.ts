import { translator, type LocalizedText, type Locale } from '../engine';
import { templateParts, type Part } from './bidi';
import UI_TEXT from './ui-text.json';

/** Every text the task pane shows, in the three languages: the texts are data, kept in ui-text.json. */
export const UI = UI_TEXT satisfies Record<string, LocalizedText>;

export type UiKey = keyof typeof UI;

export const t = translator(UI);

/** `t`, as our words and the values put into them, for rendering each value isolated. */
export function tParts(key: UiKey, locale: Locale, data?: Readonly<Record<string, string | number>>): Part[] {
  return templateParts(UI[key][locale], data);
}
