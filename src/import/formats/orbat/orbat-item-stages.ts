import { NoteList } from '../../notes';
import { itemOverlay, type Overlay } from './orbat-items';

// An overlay item's `state[]` (3.x): at each time a patch moves it (new geometry or control points), gives it
// a new text or name, or hides it. Sandtable draws each stage as its own overlay over its time window, so a
// front line moves as it does in ORBAT Mapper.

type Props = Record<string, unknown>;
const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t);
const isObj = (v: unknown): v is Props => !!v && typeof v === 'object' && !Array.isArray(v);

/** Patch fields Sandtable redraws a stage for; the others (style, figures, symbol modifiers) it cannot show. */
const APPLIED = new Set([
  'geometry',
  'controlPoints',
  'anchor',
  'content',
  'source',
  'name',
  'description',
  'isHidden',
]);

/** The item's stages as overlays, each visible from its time until the next one (or the item's end). */
export function itemStages(item: Props, layer: Props, file: string, notes: NoteList): Overlay[] {
  const states = (Array.isArray(item.state) ? item.state : [])
    .filter((s): s is Props => isObj(s) && isTime(s.t))
    .sort((a, b) => (a.t as number) - (b.t as number));
  if (!states.length) {
    const only = itemOverlay(item, layer, file, notes);
    return only ? [only] : [];
  }
  const until = item.visibleUntilT ?? layer.visibleUntilT;
  const stages: { item: Props; from: unknown }[] = [{ item, from: item.visibleFromT ?? layer.visibleFromT }];
  let current = item;
  for (const s of states) {
    // Older geometry items carry the new geometry on the state itself, newer ones in `patch`.
    const patch = isObj(s.patch) ? s.patch : s.geometry !== undefined ? { geometry: s.geometry } : {};
    const ignored = Object.keys(patch).filter((k) => !APPLIED.has(k));
    const amp = isObj(current.textAmplifiers) ? current.textAmplifiers.T : undefined;
    const name = [current.name, amp, current.id].find((v): v is string => typeof v === 'string' && !!v) ?? '';
    if (ignored.length) notes.add(file, 'noteOrbatItemChanges', { name, fields: ignored.join(', ') });
    // A patch of only what Sandtable cannot show starts no new stage.
    if (ignored.length === Object.keys(patch).length) continue;
    current = { ...current, ...patch };
    stages.push({ item: current, from: s.t });
  }
  const out: Overlay[] = [];
  const quiet = new NoteList();
  let shown: Props | undefined;
  stages.forEach((stage, i) => {
    const end = stages[i + 1]?.from ?? until;
    if (isTime(stage.from) && isTime(end) && end <= stage.from) return;
    if (isTime(stage.from) && isTime(until) && stage.from >= until) return;
    const o = itemOverlay(stage.item, layer, file, quiet);
    if (!o) return;
    shown ??= stage.item;
    out.push({ ...o, from: stage.from, until: end });
  });
  // The report speaks of the item once: as first drawn, or (never drawn) as it was saved.
  itemOverlay(shown ?? item, layer, file, notes);
  return out;
}
