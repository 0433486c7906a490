import { buildForm, form2018GridText, formGridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import fundLastYearBudget from './fund-last-year-budget';

const rule = (form: string) => fundLastYearBudget({ form: buildForm(form), library: [] });

// This year's 2018 form says last year's budget was 900000 (the builder's default).
testRule(rule(form2018GridText({ year: '2017', budgetYear: '1000000' })), {
  valid: [
    { name: 'what last year’s form asked for', grid: form2018GridText({ lastYearBudget: '1000000' }) },
    { name: 'blank: a new project', grid: form2018GridText({ lastYearBudget: '', lastYearSpent: '' }) },
    { name: 'a 2023+ form has no such field', grid: formGridText({ year: '2018' }) },
  ],
  invalid: [
    {
      name: 'another figure',
      grid: form2018GridText(),
      errors: [{ messageId: 'differs', actual: '900000', severity: 'info', suggestions: [[['900000', '1000000']]] }],
    },
  ],
});

// Only the year just before speaks for 上年.
testRule(rule(form2018GridText({ year: '2016', budgetYear: '1000000' })), {
  valid: [{ name: 'a form of two years before', grid: form2018GridText() }],
  invalid: [],
});

// Last year's form may be of the newer template: its 年度资金申请总额 is the amount asked for.
testRule(rule(formGridText({ year: '2017', funds: { annual: '950,000.00', annualFiscal: '950,000.00' } })), {
  valid: [],
  invalid: [
    {
      name: 'against a 2023-style form, in this form’s own way of writing money',
      grid: form2018GridText(),
      errors: [{ messageId: 'differs', suggestions: [[['900000', '950000']]] }],
    },
  ],
});
