import { buildForm, formGridText } from './testing/form-builder';
import { chosenTypeIds, formKey, readChosenTypes, withChoice } from './chosen-types';

describe('chosen project types', () => {
  it('knows a form by its project name, and a form without one by its place', () => {
    expect(formKey(buildForm(formGridText({ projectName: ' 专户项目经费 ' })))).toBe('专户项目经费');
    expect(formKey(buildForm(formGridText({ projectName: '' })))).toBe('#1');
  });

  it('sets, replaces and clears one form’s choice, leaving the others', () => {
    const one = withChoice({}, '专户项目经费', ['training']);
    const two = withChoice(one, '党建经费', ['party']);
    expect(two).toEqual({ 专户项目经费: 'training', 党建经费: 'party' });
    expect(withChoice(two, '专户项目经费', ['meeting'])).toEqual({ 专户项目经费: 'meeting', 党建经费: 'party' });
    expect(withChoice(two, '专户项目经费', [])).toEqual({ 党建经费: 'party' });
    expect(one).toEqual({ 专户项目经费: 'training' });
  });

  it('keeps two types for a form, in the order chosen, and reads an earlier version’s single id', () => {
    const both = withChoice({}, '信息化运维', ['operation', 'procurement', 'operation']);
    expect(both).toEqual({ 信息化运维: 'operation,procurement' });
    expect(chosenTypeIds(both, '信息化运维')).toEqual(['operation', 'procurement']);
    expect(withChoice({}, '信息化运维', ['operation', 'procurement', 'training'])).toEqual(both);
    expect(chosenTypeIds({ 党建经费: 'party' }, '党建经费')).toEqual(['party']);
    expect(chosenTypeIds({}, '党建经费')).toEqual([]);
    expect(chosenTypeIds({ x: ' party, ,party,meeting,training' }, 'x')).toEqual(['party', 'meeting']);
  });

  it('reads back what it saved', () => {
    const chosen = { 专户项目经费: 'training', '#2': 'party' };
    expect(readChosenTypes(JSON.stringify(chosen))).toEqual(chosen);
  });

  it.each([
    ['nothing saved', null],
    ['an empty setting', ''],
    ['text that is not JSON', '{专户'],
    ['a list', '["training"]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('reads %s as no choice', (_what, saved) => expect(readChosenTypes(saved)).toEqual({}));

  it('keeps only the entries that fit from a damaged or crafted setting', () => {
    const saved = JSON.stringify({
      good: 'training',
      number: 3,
      object: { id: 'party' },
      [`${'长'.repeat(201)}`]: 'party',
      long: 'x'.repeat(123),
      two: 'operation,procurement',
    });
    expect(readChosenTypes(saved)).toEqual({ good: 'training', two: 'operation,procurement' });
    const many = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`表${i}`, 'party']));
    expect(Object.keys(readChosenTypes(JSON.stringify(many)))).toHaveLength(500);
  });
});
