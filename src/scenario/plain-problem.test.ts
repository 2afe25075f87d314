/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break arbitrary JSON one field at a time */
import { describe, expect, it } from 'vitest';
import { loadScenario, type ScenarioFiles } from './load';
import { plainLine, plainProblem } from './plain-problem';
import type { Lang } from '../i18n/localize';
import { miniFeatures, miniFiles, miniManifest } from '../../tests/fixtures/mini-scenario';

function plain(files: ScenarioFiles, lang: Lang): string[] {
  const result = loadScenario(files);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors.map((e) => plainProblem(e, lang).text);
}

function withFeature(index: number, patch: (f: Record<string, any>) => void): ScenarioFiles {
  const features = miniFeatures();
  patch(features[index] as Record<string, any>);
  return miniFiles(miniManifest(), features);
}

function withManifest(patch: (m: Record<string, any>) => void): ScenarioFiles {
  const m = miniManifest();
  patch(m);
  return miniFiles(m);
}

// Words of the schema library and of the JSON parser that must never reach a reader's sentence.
const TECHNICAL = /expected array|Too small|Invalid input|>=|Unexpected|JSON input|received|properties\./;

describe('problems in plain words', () => {
  it('asks for a source on the feature by its name, in English and French', () => {
    const files = withFeature(0, (f) => {
      f.properties.sources = [];
      f.properties.label = { en: 'Movement 1', fr: 'Mouvement 1' };
    });
    expect(plain(files, 'en')).toEqual(['Add at least one source to Movement 1.']);
    expect(plain(files, 'fr')).toEqual(['Mouvement 1 : ajoutez au moins une source.']);
  });

  it('asks for a source on the scenario itself, and keeps the loader’s words in the details', () => {
    const files = withManifest((m) => (m.sources = []));
    const result = loadScenario(files);
    if (result.ok) throw new Error('expected a problem');
    const en = plainProblem(result.errors[0]!, 'en');
    expect(en.text).toBe('Add at least one source to the scenario.');
    expect(en.details).toMatch(/^scenario\.json › sources: Too small/);
    expect(plainProblem(result.errors[0]!, 'fr').text).toBe('Le scénario : ajoutez au moins une source.');
  });

  it('says a missing field, a wrong type and a value outside a list in words, with the value', () => {
    const missing = withFeature(1, (f) => delete f.properties.certainty);
    expect(plain(missing, 'en')).toEqual(['Add the certainty to Strike: it is missing.']);
    expect(plain(missing, 'fr')).toEqual(['Strike : le champ « certitude » manque. Ajoutez-le.']);

    const wrongType = withFeature(0, (f) => (f.properties.priority = 'high'));
    expect(plain(wrongType, 'en')).toEqual(['The priority of Column should be a number (it is "high").']);
    expect(plain(wrongType, 'fr')).toEqual(['Colonne : « priorité » doit être un nombre (valeur : "high").']);

    const enumValue = withFeature(0, (f) => (f.properties.certainty = 'sure'));
    expect(plain(enumValue, 'en')[0]).toBe(
      'Choose the certainty of Column among confirmed, reported, claimed, estimated (it is "sure").',
    );
    expect(plain(enumValue, 'fr')[0]).toMatch(/^Colonne : choisissez « certitude » parmi confirmed/);
  });

  it('names an item of a list, an empty text, a number out of range and unknown fields', () => {
    const colour = withManifest((m) => (m.sides[1].color = 'red'));
    expect(plain(colour, 'en')).toEqual([
      'The colour of side 2 of the scenario should be a colour as #rrggbb (it is "red").',
    ]);
    expect(plain(colour, 'fr')).toEqual([
      'Le scénario : « couleur (camp 2) » doit être une couleur #rrvvbb (valeur : "red").',
    ]);

    const emptyLabel = withFeature(1, (f) => (f.properties.label = ''));
    expect(plain(emptyLabel, 'en')[0]).toBe('Write the name of feature strike: it is empty.');
    expect(plain(emptyLabel, 'fr')[0]).toBe('L’élément strike : le champ « nom » est vide. Remplissez-le.');

    const far = withFeature(0, (f) => (f.properties.uncertaintyKm = 5000));
    expect(plain(far, 'en')).toEqual(['Set the uncertainty (km) of Column to 1000 or less (it is 5000).']);

    const extra = withManifest((m) => (m.timeRange.middle = 'x'));
    expect(plain(extra, 'en')).toEqual([
      'The scenario has fields this format does not know: middle. Remove them or check their spelling.',
    ]);
  });

  it('says an empty file is empty, a cut file is cut, and where broken JSON breaks', () => {
    const empty = { ...miniFiles(), 'features.geojson': '' };
    expect(plain(empty, 'en')).toEqual([
      'The file features.geojson is empty: choose another file, or write the scenario in it.',
    ]);
    expect(plain(empty, 'fr')[0]).toMatch(/^Le fichier features\.geojson est vide/);

    const cut = { ...miniFiles(), 'features.geojson': '{"type": "FeatureCollection", ' };
    expect(plain(cut, 'en')[0]).toMatch(/^The file features\.geojson stops before its end/);
    expect(plain(cut, 'fr')[0]).toMatch(/^Le fichier features\.geojson s’arrête avant sa fin/);

    const broken = { ...miniFiles(), 'scenario.json': '{\n  "format": "x",\n  oops\n}' };
    expect(plain(broken, 'en')).toEqual([
      'The file scenario.json cannot be read at line 3, column 3: look there for a missing comma, quote or bracket.',
    ]);
    expect(plain(broken, 'fr')[0]).toMatch(
      /^Le fichier scenario\.json est illisible à la ligne 3, colonne 3/,
    );
  });

  it('never lets the schema library or the parser speak, in either language', () => {
    const cases: ScenarioFiles[] = [
      withManifest((m) => (m.sources = [])),
      withManifest((m) => (m.sides = 'two')),
      withFeature(0, (f) => (f.properties.coordTimes = ['yesterday', 3])),
      withFeature(1, (f) => (f.properties.claims = [{ by: 'red' }])),
      { ...miniFiles(), 'features.geojson': '' },
      { ...miniFiles(), 'features.geojson': '{' },
    ];
    for (const files of cases)
      for (const lang of ['en', 'fr'] as const)
        for (const text of plain(files, lang)) expect(text, text).not.toMatch(TECHNICAL);
  });

  it('writes one line naming the file for logs', () => {
    const result = loadScenario(withFeature(0, (f) => (f.properties.sources = [])));
    if (result.ok) throw new Error('expected a problem');
    expect(plainLine(result.errors[0]!, 'en')).toBe(
      'In features.geojson: Add at least one source to Column.',
    );
    expect(plainLine(result.errors[0]!, 'fr')).toBe(
      'Dans features.geojson : Colonne : ajoutez au moins une source.',
    );
  });
});
