// Fluent theme from Office's theme colours, so the pane matches Word/Excel (light, dark, colourful themes).
import type { Theme } from '@fluentui/react-components';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** The subset of `Office.context.officeTheme` the pane uses (all `#RRGGBB`). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
}

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeFor(colors: OfficeThemeColors | undefined): Theme {
  const background = colors?.bodyBackgroundColor;
  const light = background ? (luminance(background) ?? 1) >= 0.5 : true;
  const base = light ? webLightTheme : webDarkTheme;
  // Only the page colours follow Office; text/button contrast stays Fluent's, which is checked for WCAG AA.
  const foreground = colors?.bodyForegroundColor;
  return {
    ...base,
    ...(background && luminance(background) !== null ? { colorNeutralBackground1: background } : {}),
    ...(foreground && luminance(foreground) !== null ? { colorNeutralForeground1: foreground } : {}),
  };
}
