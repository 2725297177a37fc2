import { translator, type LocalizedText } from '../engine';
import UI_TEXT from './ui-text.json';

/** Every label the playground shows, in the three languages of Outlook's display language: the texts are data, kept in ui-text.json. */
export const UI = UI_TEXT satisfies Record<string, LocalizedText>;

export type UiKey = keyof typeof UI;

export const t = translator(UI);
