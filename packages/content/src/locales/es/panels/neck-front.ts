import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'La parte delantera del cuello no es una zona para masajear: justo bajo la piel hay grandes vasos sanguíneos, nervios y la tráquea.',
  benefits: [],
  techniques: [],
  cautions: [
    {
      text: 'Evita la presión profunda o mantenida en la garganta y en la zona delantera y lateral del cuello, donde las arterias carótidas, las venas yugulares, los nervios y la vía respiratoria están cerca de la superficie.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Si un terapeuta trabaja cerca de esta zona, lo normal es que use solo pasadas amplias y ligeras, nunca presión en un punto concreto.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Los problemas graves tras un tratamiento en el cuello, como episodios parecidos a un ictus, son raros pero están documentados; por eso es mejor trabajar la parte de atrás y los lados del cuello.',
      evidence: 'mixed',
      sources: ['massageSafetyReview', 'adverseEventsReview'],
    },
    {
      text: 'Para de inmediato y busca ayuda médica si la presión en el cuello te provoca mareo, sensación de desmayo, cambios en la vista o dificultad para respirar.',
      evidence: 'mixed',
      sources: ['adverseEventsReview'],
    },
  ],
} satisfies PanelContent<SourceKey>;
