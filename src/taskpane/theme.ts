import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'highContrast';

export const THEMES: Readonly<Record<ThemeName, Theme>> = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

/**
 * Office tells the pane its background colour; a dark background means a dark theme. Windows
 * high-contrast mode (forced colours) wins over both.
 */
export function themeFor(background: string | undefined, forcedColors: boolean): ThemeName {
  if (forcedColors) return 'highContrast';
  const luminance = relativeLuminance(background);
  return luminance !== null && luminance < 0.4 ? 'dark' : 'light';
}

function relativeLuminance(colour: string | undefined): number | null {
  const match = /^#?([0-9a-f]{6})$/iu.exec(colour?.trim() ?? '');
  if (!match) return null;
  const value = parseInt(match[1]!, 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}
