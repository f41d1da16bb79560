import type { IntakeStrings } from '@bodymap/core';

// Intake mode's Spanish words, loaded with its code the first time a map is in intake mode.
export const intake: IntakeStrings = {
  instructions: 'Elija cada zona que le duela. Las teclas 1 a 9, y 0 para 10, dicen cuánto.',
  pain: 'dolor {intensity} de 10',
  marked: '{region}: dolor {intensity} de 10',
  unmarked: '{region}: sin marcar',
  intensity: 'Cuánto le duele',
  intensityHint: '1 es apenas, 10 es el peor que pueda imaginar',
  qualities: 'Cómo lo siente',
  note: 'Algo más sobre esta zona',
  edit: 'Editar {region}',
  remove: 'Quitar {region}',
  list: 'Zonas que duelen',
  empty: 'Aún no hay zonas marcadas.',
  tooFew: 'Zonas que marcar: al menos {min}.',
  tooMany: 'Zonas que marcar: como máximo {max}.',
  figure: 'Zonas que duelen (vista: {view})',
  csv: { region: 'Id de región', name: 'Zona', side: 'Lado', intensity: 'Dolor (1-10)', qualities: 'Cómo se siente', note: 'Nota' },
  painQualities: {
    aching: 'Sordo',
    sharp: 'Agudo',
    burning: 'Ardor',
    tingling: 'Hormigueo',
    numb: 'Entumecido',
    stiff: 'Rígido',
    throbbing: 'Pulsátil',
  },
};
