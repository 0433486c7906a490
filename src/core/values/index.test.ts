import * as values from './index';

describe('values index', () => {
  it.each([
    'canonicalOp',
    'compareDates',
    'daysInMonth',
    'fenToYuan',
    'formatMoney',
    'formatQuantity',
    'isLeapYear',
    'isValidDay',
    'parseDate',
    'parseMoney',
    'parseTarget',
    'parseTimeExpression',
    'prevailingStyle',
    'scanTime',
    'squeeze',
    'toHalfWidth',
  ])('exports %s', (name) => {
    expect(typeof (values as Record<string, unknown>)[name]).toBe('function');
  });
});
