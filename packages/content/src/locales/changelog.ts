import type { ChangelogEntry } from '@bodymap/core';

/** What changed in each version of the bundled content, newest first. */
export const changelog: readonly ChangelogEntry[] = [
  {
    version: '5',
    date: '2026-12-04',
    changes: [
      "The quadratus lumborum's referral chart cites Simons and Travell's own paper on the torso muscles in place of a massage therapist's summary of it.",
      'The history of the reflexology charts cites the 2015 review by Embong and colleagues in place of a chart seller\'s page.',
    ],
  },
  {
    version: '4',
    date: '2026-12-03',
    changes: [
      'Nineteen muscle panels, one per muscle for both sides, each saying what the muscle does and where tension in it is commonly felt; referral patterns are given as what people report or charts show.',
      'Two practice sources for the upper trapezius and the quadratus lumborum; each muscle carries a SNOMED CT body structure.',
      'Every source is linked over https at an address checked again; reflexology cautions cite pages that say them, in place of a University of Minnesota page, and the CAM-Cancer summary is no longer cited.',
      'Cautions about fractures, operations and broken skin cite Mayo Clinic where the NCCIH page does not name them.',
      'The hamstring and shin splints studies name their authors; the head and face massage trial in dementia, whose authors could not be confirmed, is no longer cited; the clot warning signs cite the NHS page.',
    ],
  },
  {
    version: '3',
    date: '2026-12-02',
    changes: [
      'Grades match their sources; results without benefit are findings.',
      'Safety cautions cite guideline bodies; sources cite DOI or PubMed.',
      'New cautions, each with a kind; the full disclaimer; soles captions say "(chart)"; Spanish corrected.',
    ],
  },
  {
    version: '2',
    date: '2026-12-02',
    changes: [
      'Results that found no benefit, or the opposite, are findings rather than benefits: the calf\'s "did not improve speed, strength or endurance" and the thigh\'s lactic acid; the reflexology points\' evidence card gives each result\'s direction in place of an evidence level.',
      'Every source says what kind of work it is: guideline, systematic review, trial, study, health information, practice description or traditional chart.',
    ],
  },
  {
    version: '1',
    date: '2026-11-20',
    changes: ['First edition: 28 regional panels and 25 reflexology chart points, in English and Spanish.'],
  },
];
