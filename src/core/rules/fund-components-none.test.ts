import { form2018GridText } from '../testing/form-builder';
import { testRule } from '../../../test/support/rule-tester';
import rule from './fund-components-none';

testRule(rule, {
  valid: [{ grid: form2018GridText() }],
  invalid: [
    {
      name: '2018 seed 无',
      grid: form2018GridText({ components: '无' }),
      errors: [{ messageId: 'none', actual: '无', severity: 'info' }],
    },
  ],
});
