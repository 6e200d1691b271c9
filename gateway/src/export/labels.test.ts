import fs from 'node:fs';
import path from 'node:path';
import { enumLabelsFrom } from './labels';

const sdl = fs.readFileSync(path.resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8');

describe('enum labels from the supergraph', () => {
  const label = enumLabelsFrom(sdl);
  it('reads the Chinese label of a value from its description', () => {
    expect(label('CaseStatus', 'REGISTERED')).toBe('已登记');
    expect(label('CaseStatus', 'CLOSED')).toBe('已办结');
  });
  it('falls back to the value itself for an unknown value and to empty for none', () => {
    expect(label('CaseStatus', 'NO_SUCH')).toBe('NO_SUCH');
    expect(label('NoSuchEnum', 'X')).toBe('X');
    expect(label('CaseStatus', null)).toBe('');
  });
});
