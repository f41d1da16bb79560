import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El sacro y el coxis están en la base de la columna, entre las caderas. Aquí las pasadas amplias y suaves relajan; el trabajo más firme corresponde a los glúteos, a los lados.',
  benefits: [
    {
      text: 'El dolor en las articulaciones que hay junto al sacro es frecuente en el embarazo, y se usa el masaje acostada de lado para aliviarlo, pero ningún estudio controlado ha analizado el masaje del sacro en sí; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['pelvicGirdlePainReview', 'supineHypotension'],
    },
    {
      text: 'Tradicionalmente se empieza y se termina el masaje de espalda con pasadas amplias sobre el sacro, y a mucha gente le resultan relajantes (la investigación no lo ha demostrado).',
      evidence: 'traditional',
      sources: ['swedishMassageStrokes'],
    },
    {
      text: 'Los ensayos de masaje lumbar muestran un alivio breve que podría extenderse a esta zona, pero ninguno ha estudiado el sacro por separado; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['cochraneLowBack'],
    },
    {
      text: 'Los estudios sugieren que el masaje puede bajar durante un rato la ansiedad, la frecuencia cardíaca y la presión arterial, sea cual sea la zona donde se dé.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Haz círculos con la palma plana sobre el sacro y luego trabaja hacia fuera, hacia los glúteos.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Apoya la mano plana sobre el sacro con una presión ligera y mantenida; no presiones fuerte sobre el hueso.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Nada de presión profunda sobre el sacro ni el coxis.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'No sobre el hueso; busca los puntos sensibles en los músculos del glúteo que hay al lado.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'No apoyes el coxis sobre las pelotas; hazlas rodar, en cambio, por los músculos del glúteo que hay al lado.',
    },
  ],
  cautions: [
    {
      text: 'Evita presionar el coxis si se ha lesionado o roto hace poco.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'En la última etapa del embarazo, acuéstate de lado en lugar de boca arriba.',
      evidence: 'research-supported',
      sources: ['supineHypotension'],
    },
    {
      text: 'El entumecimiento alrededor de los genitales o en la cara interna de los muslos, o los problemas nuevos de vejiga o intestino, requieren atención de urgencias, no un masaje.',
      evidence: 'research-supported',
      sources: ['caudaEquinaWarning'],
    },
  ],
} satisfies PanelContent<SourceKey>;
