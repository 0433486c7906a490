// What manifest/manifest.xml promises, read directly (not through the validator): English defaults with a zh-cn
// override for every user-visible string, a Home-tab button per host opening the same pane as the base manifest,
// and icons that exist in assets/ at the sizes the manifest declares.
import { existsSync } from 'fs';
import { join } from 'path';
import { DEV_BASE, ROOT, childElements, elements, manifestText, parseXml, pngSize } from './support';

const doc = parseXml(manifestText());
const root = doc.documentElement;
const only = (parent: Element, name: string): Element => {
  const found = childElements(parent, name);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);
const xsiType = (e: Element) => e.getAttribute('xsi:type');

/** Every user-visible string: the base DisplayName and Description, and each ribbon string resource. */
const visibleStrings = (): [string, Element][] => [
  ['DisplayName', only(root, 'DisplayName')],
  ['Description', only(root, 'Description')],
  ...[...elements(doc, 'ShortStrings'), ...elements(doc, 'LongStrings')].flatMap((collection) =>
    childElements(collection, 'String').map((s): [string, Element] => [s.getAttribute('id')!, s]),
  ),
];

describe('localisation: English default, Chinese override', () => {
  it('has en-US as the default locale', () => {
    expect(only(root, 'DefaultLocale').textContent).toBe('en-US');
  });

  it('covers the ribbon strings, not just the name', () => {
    expect(visibleStrings().map(([name]) => name)).toEqual(
      expect.arrayContaining(['DisplayName', 'Description', 'Group.Label', 'Button.Label', 'GetStarted.Title']),
    );
  });

  it.each(visibleStrings())('%s: English DefaultValue and exactly one zh-cn override in Chinese', (_name, element) => {
    expect(hasChinese(element.getAttribute('DefaultValue')!)).toBe(false);
    const overrides = childElements(element, 'Override');
    expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(['zh-cn']);
    expect(hasChinese(overrides[0]!.getAttribute('Value')!)).toBe(true);
  });

  it('names the add-in 绩效目标申报助手 / Performance Target Assistant', () => {
    const name = only(root, 'DisplayName');
    expect(name.getAttribute('DefaultValue')).toBe('Performance Target Assistant');
    expect(childElements(name, 'Override')[0]?.getAttribute('Value')).toBe('绩效目标申报助手');
  });
});

describe('one manifest for Word and Excel', () => {
  const baseHosts = childElements(only(root, 'Hosts'), 'Host').map((h) => h.getAttribute('Name'));
  const overrides = only(root, 'VersionOverrides');
  const ribbonHosts = childElements(only(overrides, 'Hosts'), 'Host');
  const urlOf = (resid: string | null) =>
    elements(doc, 'Url')
      .find((u) => u.getAttribute('id') === resid)
      ?.getAttribute('DefaultValue');
  const paneUrl = only(only(root, 'DefaultSettings'), 'SourceLocation').getAttribute('DefaultValue');

  it('lists Document (Word) and Workbook (Excel) in the base manifest and in VersionOverrides', () => {
    expect(baseHosts).toEqual(['Document', 'Workbook']);
    expect(ribbonHosts.map(xsiType)).toEqual(['Document', 'Workbook']);
  });

  it('serves the pane at taskpane.html on the dev server, with ReadWriteDocument permission', () => {
    expect(paneUrl).toBe(`${DEV_BASE}taskpane.html`);
    expect(only(root, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it.each(['Document', 'Workbook'])('%s: a Home-tab button opens the same task pane, with GetStarted texts', (host) => {
    const form = only(
      ribbonHosts.find((h) => xsiType(h) === host)!,
      'DesktopFormFactor',
    );
    expect(childElements(only(form, 'GetStarted'), 'Title')).toHaveLength(1);
    const tab = only(only(form, 'ExtensionPoint'), 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const buttons = childElements(only(tab, 'Group'), 'Control').filter((c) => xsiType(c) === 'Button');
    expect(buttons).toHaveLength(1);
    const action = only(buttons[0]!, 'Action');
    expect(xsiType(action)).toBe('ShowTaskpane');
    expect(urlOf(only(action, 'SourceLocation').getAttribute('resid'))).toBe(paneUrl);
  });
});

describe('icons', () => {
  const imageUrl = (resid: string | null) =>
    elements(doc, 'Image')
      .find((i) => i.getAttribute('id') === resid)
      ?.getAttribute('DefaultValue');
  const assetOf = (url: string | null | undefined) => {
    expect(url?.startsWith(`${DEV_BASE}assets/`)).toBe(true);
    return join(ROOT, url!.slice(DEV_BASE.length));
  };
  const ribbonIcons = elements(doc, 'Icon');

  it.each([
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ])('%s is a %i px PNG in assets/', (name, size) => {
    const path = assetOf(only(root, name).getAttribute('DefaultValue'));
    expect(existsSync(path)).toBe(true);
    expect(pngSize(path)).toEqual({ width: size, height: size });
  });

  it('gives every ribbon group and button the 16, 32 and 80 px sizes', () => {
    expect(ribbonIcons).toHaveLength(4);
    for (const icon of ribbonIcons)
      expect(childElements(icon, 'Image').map((i) => i.getAttribute('size'))).toEqual(['16', '32', '80']);
  });

  const declared = new Map(
    ribbonIcons
      .flatMap((icon) => childElements(icon, 'Image'))
      .map((i) => [`${i.getAttribute('resid')} at ${i.getAttribute('size')} px`, i] as const),
  );
  it.each([...declared])('ribbon image %s exists in assets/ at that size', (_name, image) => {
    const path = assetOf(imageUrl(image.getAttribute('resid')));
    const size = Number(image.getAttribute('size'));
    expect(existsSync(path)).toBe(true);
    expect(pngSize(path)).toEqual({ width: size, height: size });
  });
});
