import { describe, expect, it } from 'vitest';
import { kidal } from '../../tests/support/round-trip';
import { exportOrbatMapper } from './orbat-mapper';

// What ORBAT Mapper's own loader needs of a file (its Scenario, Side, SideGroup, Unit, State, ScenarioEvent
// and overlay layer-item types, required fields only), checked on the Kidal export.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const isIso = (v: unknown) =>
  typeof v === 'string' && Number.isFinite(Date.parse(v)) && /[Z+-]\d*:?\d*$/.test(v);

function unitProblems(u: Obj, where: string): string[] {
  const out: string[] = [];
  for (const k of ['id', 'name']) if (typeof u[k] !== 'string' || !u[k]) out.push(`${where}.${k}`);
  if (typeof u.sidc !== 'string' || !/^\d{20}$/.test(u.sidc)) out.push(`${where}.sidc`);
  if (!Array.isArray(u.subUnits)) out.push(`${where}.subUnits`);
  for (const [i, s] of ((u.state ?? []) as Obj[]).entries()) {
    if (typeof s.id !== 'string' || !isIso(s.t)) out.push(`${where}.state[${i}]`);
    if ('location' in s && !(Array.isArray(s.location) && s.location.length === 2))
      out.push(`${where}.state[${i}].location`);
  }
  return out;
}

describe('the ORBAT Mapper export', () => {
  it('has every field ORBAT Mapper’s loader requires, of the right kind', () => {
    const doc = JSON.parse(exportOrbatMapper(kidal()).data as string) as Obj;
    const problems: string[] = [];
    for (const k of ['type', 'id', 'version', 'name']) if (typeof doc[k] !== 'string') problems.push(k);
    if (!isIso(doc.startTime)) problems.push('startTime');
    for (const k of ['sides', 'events', 'layerStack']) if (!Array.isArray(doc[k])) problems.push(k);
    for (const [i, side] of (doc.sides as Obj[]).entries()) {
      if (typeof side.id !== 'string' || typeof side.name !== 'string') problems.push(`sides[${i}]`);
      if (!/^[0-6]$/.test(String(side.standardIdentity))) problems.push(`sides[${i}].standardIdentity`);
      for (const [j, g] of ((side.groups ?? []) as Obj[]).entries()) {
        if (typeof g.id !== 'string' || typeof g.name !== 'string' || !Array.isArray(g.subUnits))
          problems.push(`sides[${i}].groups[${j}]`);
        for (const [k, u] of (g.subUnits as Obj[]).entries())
          problems.push(...unitProblems(u, `sides[${i}].groups[${j}].subUnits[${k}]`));
      }
    }
    for (const [i, e] of (doc.events as Obj[]).entries())
      if (typeof e.title !== 'string' || !isIso(e.startTime)) problems.push(`events[${i}]`);
    for (const layer of doc.layerStack as Obj[])
      for (const [i, item] of ((layer.items ?? []) as Obj[]).entries()) {
        const meta = item.geometryMeta;
        if (
          item.kind !== 'geometry' ||
          !isObj(item.geometry) ||
          !isObj(meta) ||
          !meta.geometryKind ||
          !isObj(item.style)
        )
          problems.push(`layerStack.items[${i}]`);
      }
    expect(problems).toEqual([]);
    expect(
      (doc.sides as Obj[]).flatMap((s) => (s.groups as Obj[]).flatMap((g) => g.subUnits as Obj[])).length,
    ).toBeGreaterThan(5);
  });
});
