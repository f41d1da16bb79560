import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Desde la punta de los omóplatos hasta las últimas costillas, el masaje puede relajar y dar un alivio breve; hay poca investigación sobre esta zona en concreto.',
  benefits: [
    {
      text: 'La investigación casi nunca estudia la parte media de la espalda por separado. Los estudios sobre toda la espalda y la zona lumbar apuntan a mejoras pequeñas y breves, así que aquí la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['cochraneLowBack', 'lowBackReviewOfReviews'],
    },
    {
      text: 'Los estudios sugieren que una serie de sesiones de masaje puede aliviar los síntomas de depresión, aunque los ensayos se hicieron y se midieron de formas muy distintas.',
      evidence: 'research-supported',
      sources: ['depressionMetaAnalysis', 'moyerMetaAnalysis'],
    },
    {
      text: 'Tradicionalmente se dice que el masaje deshace nudos y adherencias (la investigación no lo ha demostrado); los expertos ni siquiera se ponen de acuerdo sobre qué es en realidad un nudo muscular.',
      evidence: 'traditional',
      sources: ['triggerPointCritique'],
    },
    {
      text: 'Los estudios sugieren que los beneficios del masaje pueden desaparecer al dejar las sesiones, así que funciona más como un cuidado continuo que como un arreglo de una sola vez.',
      evidence: 'research-supported',
      sources: ['nccihMassage'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Sube desde la zona lumbar por encima de las costillas hasta los hombros, amasando los costados por el camino.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Haz pasadas lentas con el antebrazo por los músculos que van junto a la columna, nunca sobre ella.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Presiona de forma constante con el pulgar los puntos doloridos de los músculos que recorren la columna a cada lado.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Sin aceite, cruza las manos sobre la franja de músculo entre los omóplatos y las últimas costillas y estira despacio hasta que el tejido ceda.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'El mantenimiento o unas pasadas ligeras después de competir van bien en deportes con muchos giros del tronco.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Con un rodillo de espuma bajo la parte media de la espalda y los brazos cruzados sobre el pecho, rueda unos pocos centímetros cada vez y detente antes de llegar a las últimas costillas.',
    },
  ],
  cautions: [
    {
      text: 'Nada de golpeteos ni presión fuerte justo debajo de las últimas costillas, sobre los riñones.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Las costillas cortas de abajo y las vértebras de esta zona se rompen con facilidad cuando los huesos son frágiles, así que usa una presión suave si tienes osteoporosis.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety'],
    },
    {
      text: 'Evita cualquier zona con sarpullido, infección o piel inflamada.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
