// Loads the seed-form grid fixtures (test/fixtures/seeds/*.grid) written from ../shared/seeds.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Grid } from '../../src/core/grid';
import { parseGridText } from '../../src/core/grid-text';

export const SEED_DIR = join(__dirname, '..', 'fixtures', 'seeds');

export function seedFiles(): string[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.grid'))
    .sort();
}

/** All grids of one fixture file; table numbers continue across grids of the same document. */
export function loadSeed(file: string): Grid[] {
  return parseGridText(readFileSync(join(SEED_DIR, file), 'utf8'));
}
