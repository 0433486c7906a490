// The demo's documents: the example forms of examples/ (seed forms; copies with typical mistakes, a blank one, and
// one with its values split over columns).
import type { Grid } from '../../core/grid';
import { parseGridText } from '../../core/grid-text';
import {
  copyText,
  EXAMPLE_BLANK,
  EXAMPLE_DOCUMENTS,
  EXAMPLE_MISTAKES,
  EXAMPLE_SPLIT,
} from '../../core/testing/example-forms';
import seed2018 from '../../../test/fixtures/seeds/2018-units.grid';
import seed2020 from '../../../test/fixtures/seeds/2020-dangjian-center.grid';
import seed2023 from '../../../test/fixtures/seeds/2023-zuzhibu.grid';
import seed2024 from '../../../test/fixtures/seeds/2024-dangjian-center.grid';
import seed2024xd from '../../../test/fixtures/seeds/2024-xidu.grid';

const FIXTURES: Readonly<Record<string, string>> = {
  '2018-units.grid': seed2018,
  '2020-dangjian-center.grid': seed2020,
  '2023-zuzhibu.grid': seed2023,
  '2024-dangjian-center.grid': seed2024,
  '2024-xidu.grid': seed2024xd,
};

export interface DemoExample {
  readonly name: string;
  grids(): Grid[];
}

const fixture = (name: string): string => {
  const text = FIXTURES[name];
  if (text === undefined) throw new Error(`demo: no fixture ${name}`);
  return text;
};

/** The mistaken copies first, then the blank one and the split one: they show what the pane is for. */
export const DEMO_EXAMPLES: readonly DemoExample[] = [
  ...[...EXAMPLE_MISTAKES, EXAMPLE_BLANK, EXAMPLE_SPLIT].map((example) => ({
    name: example.name,
    grids: () => parseGridText(copyText(fixture(example.fixture), example)),
  })),
  ...EXAMPLE_DOCUMENTS.map(([name, file]) => ({ name, grids: () => parseGridText(fixture(file)) })),
];
