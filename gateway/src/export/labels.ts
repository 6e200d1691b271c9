/**
 * The Chinese label of each enum value, taken from the supergraph's own descriptions (the schema is
 * the one vocabulary; the export must not keep a second copy). A description's first line is the label.
 */
import { Kind, parse } from 'graphql';

export type EnumLabels = (enumName: string, value: string | null | undefined) => string;

export function enumLabelsFrom(sdl: string): EnumLabels {
  const table = new Map<string, Map<string, string>>();
  for (const def of parse(sdl, { noLocation: true }).definitions) {
    if (def.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    const values = new Map<string, string>();
    for (const v of def.values ?? []) {
      const label = v.description?.value.split('\n')[0].trim();
      if (label) values.set(v.name.value, label);
    }
    table.set(def.name.value, values);
  }
  return (enumName, value) => (value ? table.get(enumName)?.get(value) ?? value : '');
}
