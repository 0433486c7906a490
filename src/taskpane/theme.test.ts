import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor } from './theme';

describe('themeFor', () => {
  it('follows a dark Office theme with a dark Fluent theme and Office’s own page colours', () => {
    const theme = themeFor({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' });
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect([theme.colorNeutralBackground1, theme.colorNeutralForeground1]).toEqual(['#262626', '#FFFFFF']);
  });

  it.each([
    ['no Office theme (older clients, the demo)', undefined],
    ['a white theme', { bodyBackgroundColor: '#ffffff' }],
    ['a colour that is not #RRGGBB', { bodyBackgroundColor: 'white' }],
  ])('uses the light theme for %s', (_name, colors) => {
    const theme = themeFor(colors);
    expect(theme.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe(
      colors?.bodyBackgroundColor === '#ffffff' ? '#ffffff' : webLightTheme.colorNeutralBackground1,
    );
  });
});
