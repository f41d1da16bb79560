import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Cada una de las doce vértebras de la parte alta y media de la columna lleva un par de costillas; el masaje trabaja los canales musculares que hay junto a ellas y aporta sobre todo relajación.',
  benefits: [
    {
      text: 'El masaje en la parte alta y media de la espalda aporta sobre todo relajación y alivio a corto plazo; hay pocos ensayos sobre esta zona sola, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['moyerMetaAnalysis', 'cochraneLowBack'],
    },
    {
      text: 'Los estudios sugieren que el rodillo de espuma o el trabajo con pelota junto a la columna puede dar una breve mejora de la movilidad, parecida a la de los estiramientos.',
      evidence: 'research-supported',
      sources: ['foamRollingRange'],
    },
    {
      text: 'Los estudios sugieren que el masaje de espalda puede bajar durante un rato la ansiedad, la frecuencia cardíaca y la presión arterial.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
    {
      text: 'Algunas personas duermen mejor después de un masaje lento en la espalda, pero solo unos pocos estudios pequeños lo han analizado, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['cancerSleepReview'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Haz pasadas amplias por los canales musculares a ambos lados de la columna, no por encima de los bultos de hueso.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Pasadas lentas solo por el canal muscular junto a la columna, nunca sobre el hueso.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Mantén un estiramiento ligero y sostenido junto a la columna y espera a que el tejido ceda.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'No sobre el hueso; trabaja en su lugar los puntos sensibles de los músculos de al lado.',
    },
    {
      technique: 'self-massage',
      fit: 'care',
      howTo: 'Coloca el rodillo de espuma atravesado bajo la columna, no a lo largo, y rueda despacio; las pelotas, siempre a un lado de la columna.',
    },
  ],
  cautions: [
    {
      text: 'Los huesos debilitados por la osteoporosis se fracturan a menudo en esta parte de la columna, así que usa una presión ligera si tienes baja densidad ósea y nunca presiones los bultos de hueso.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety', 'endangermentSites'],
    },
    {
      text: 'Nada de chasquidos con impulso ni presiones forzadas sobre la columna; los daños graves se dan sobre todo tras la manipulación de la columna.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'Consulta a un médico antes del masaje si el dolor de espalda no se calma nunca y empeora por la noche, o si además tienes fiebre, pierdes peso sin proponértelo o has tenido cáncer.',
      evidence: 'mixed',
      sources: ['backPainRedFlags'],
    },
  ],
} satisfies PanelContent<SourceKey>;
