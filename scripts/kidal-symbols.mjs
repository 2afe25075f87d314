// Unit symbols of the Kidal scenario (MIL-STD-2525D / APP-6D number SIDCs), with what the sources say of each
// force and what is inferred. The standard identity digit (4th) is written neutral: the scenario's
// `perspective` decides friend/hostile when drawn. build-kidal-movements.mjs writes these into the features.

const t = (en, fr) => ({ en, fr });

// 10 0 4 10 0 4 16 121104 00 00: land unit, task force, battalion, infantry motorised.
const COLUMN = '10041004161211040000';
// 10 0 4 10 0 0 00 121104 00 00: land unit, infantry motorised, echelon not stated.
const MOTORISED = '10041000001211040000';
// 10 0 4 20 0 0 00 110000 00 00: land installation, military installation.
const INSTALLATION = '10042000001100000000';

const columnNote = t(
  'The sources give a column of about 800 Malian and Russian (Wagner) troops (Wikipedia) in about 100 to 119 vehicles (RFI, Jeune Afrique, Critical Threats, per the research notes): drawn as a motorised infantry task force of battalion size. No source gives its arms or says it had armour: the infantry type and the battalion echelon are inferred from its size and vehicles.',
  'Les sources décrivent une colonne d’environ 800 militaires maliens et russes (Wagner) (Wikipédia) sur environ 100 à 119 véhicules (RFI, Jeune Afrique, Critical Threats, d’après les notes de recherche) : dessinée comme une force opérationnelle d’infanterie motorisée de la taille d’un bataillon. Aucune source ne précise ses armes ni ne mentionne de blindés : le type infanterie et l’échelon bataillon sont déduits de son effectif et de ses véhicules.',
);
const cspNote = t(
  'Armed groups of the CSP-PSD coalition (MNLA, HCUA, MAA and Platform groups, Wikipedia). Ten of their vehicles were reported destroyed on 13 November (Wikipedia), so they are drawn as motorised infantry; their strength and organisation are not reported, so no echelon is shown and the type is inferred.',
  'Groupes armés de la coalition CSP-PSD (MNLA, HCUA, MAA et groupes de la Plateforme, Wikipédia). Dix de leurs véhicules auraient été détruits le 13 novembre (Wikipédia) : ils sont dessinés comme de l’infanterie motorisée ; leur effectif et leur organisation ne sont pas rapportés, donc aucun échelon n’est indiqué et le type est déduit.',
);
const campNote = t(
  'A MINUSMA camp (Wikipedia; research notes): drawn as a military installation, framed for whoever holds it at the time shown.',
  'Un camp de la MINUSMA (Wikipédia ; notes de recherche) : dessiné comme une installation militaire, encadrée selon qui le tient au moment affiché.',
);

export const KIDAL_SYMBOLS = {
  'column-gao-anefis': {
    sidc: COLUMN,
    sidcCertainty: 'estimated',
    sidcSources: ['wikipedia-battle-of-kidal-2023', 'research-notes'],
    sidcNote: columnNote,
  },
  'column-anefis-kidal': {
    sidc: COLUMN,
    sidcCertainty: 'estimated',
    sidcSources: ['wikipedia-battle-of-kidal-2023', 'research-notes'],
    sidcNote: t(
      `The forces stationed in Anéfis that moved on Kidal on 10 November (Wikipedia): the same column. ${columnNote.en} Wagner special forces made the decisive night attack of 13–14 November (Wikipedia); no source places them apart, so they are not drawn as a unit of their own.`,
      `Les forces stationnées à Anéfis qui marchent sur Kidal le 10 novembre (Wikipédia) : la même colonne. ${columnNote.fr} Des forces spéciales de Wagner mènent l’attaque de nuit décisive du 13 au 14 novembre (Wikipédia) ; aucune source ne les situe à part, elles ne sont donc pas dessinées comme une unité distincte.`,
    ),
  },
  'flank-south-13nov': {
    sidc: MOTORISED,
    sidcCertainty: 'estimated',
    sidcSources: ['wikipedia-battle-of-kidal-2023', 'rfi'],
    sidcNote: t(
      'The Malian army flanked the rebels from the south (Wikipedia). Which part of the column did so and how strong it was are not reported: drawn as motorised infantry, like the column it came from, with no echelon.',
      'L’armée malienne déborde les rebelles par le sud (Wikipédia). Quelle partie de la colonne et avec quel effectif ne sont pas rapportés : dessinée comme de l’infanterie motorisée, comme la colonne dont elle vient, sans échelon.',
    ),
  },
  'retreat-abeibara': {
    sidc: MOTORISED,
    sidcCertainty: 'estimated',
    sidcSources: ['wikipedia-battle-of-kidal-2023'],
    sidcNote: cspNote,
  },
  'retreat-aguelhok': {
    sidc: MOTORISED,
    sidcCertainty: 'estimated',
    sidcSources: ['wikipedia-battle-of-kidal-2023'],
    sidcNote: cspNote,
  },
  'place-minusma-camp-kidal': {
    sidc: INSTALLATION,
    sidcCertainty: 'reported',
    sidcSources: ['wikipedia-battle-of-kidal-2023'],
    sidcNote: campNote,
  },
  'place-minusma-camp-tessalit': {
    sidc: INSTALLATION,
    sidcCertainty: 'reported',
    sidcSources: ['research-notes'],
    sidcNote: campNote,
  },
  'place-minusma-camp-aguelhok': {
    sidc: INSTALLATION,
    sidcCertainty: 'reported',
    sidcSources: ['research-notes'],
    sidcNote: campNote,
  },
};
