import type { IntakeStrings } from '@bodymap/core';

// Intake mode's English words, loaded with its code the first time a map is in intake mode.
export const intake: IntakeStrings = {
  instructions: 'Choose each area that hurts. Keys 1 to 9, and 0 for 10, say how much.',
  pain: 'pain {intensity} of 10',
  marked: '{region}: pain {intensity} of 10',
  unmarked: '{region}: not marked',
  intensity: 'How much it hurts',
  intensityHint: '1 is barely, 10 is the worst you can imagine',
  qualities: 'What it feels like',
  note: 'Anything else about it',
  edit: 'Edit {region}',
  remove: 'Remove {region}',
  list: 'Areas that hurt',
  empty: 'No areas marked yet.',
  tooFew: 'Areas to mark: at least {min}.',
  tooMany: 'Areas to mark: no more than {max}.',
  figure: 'Areas that hurt ({view} view)',
  csv: { region: 'Region id', name: 'Area', side: 'Side', intensity: 'Pain (1-10)', qualities: 'What it feels like', note: 'Note' },
  painQualities: {
    aching: 'Aching',
    sharp: 'Sharp',
    burning: 'Burning',
    tingling: 'Tingling',
    numb: 'Numb',
    stiff: 'Stiff',
    throbbing: 'Throbbing',
  },
};
