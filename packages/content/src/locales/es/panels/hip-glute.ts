import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Los músculos del glúteo y de la parte externa de la cadera son grandes y se prestan bien al masaje, que puede aliviar las molestias musculares y soltar el movimiento durante un rato.',
  benefits: [
    {
      text: 'En las personas con dolor lumbar, los músculos del lateral de la cadera suelen estar más débiles y sensibles; es una de las razones por las que el masaje de espalda suele incluir las caderas. No está claro qué viene primero, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['gluteusMediusReview'],
    },
    {
      text: 'Los examinadores coinciden bastante cuando describen el dolor que se extiende desde los puntos sensibles del músculo lateral de la cadera, algo poco habitual en los puntos gatillo; aun así, la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['palpationReview'],
    },
    {
      text: 'Tradicionalmente se dice que los músculos profundos del glúteo pueden causar un dolor parecido al de la ciática que baja por la pierna (la investigación no lo ha demostrado).',
      evidence: 'traditional',
      sources: ['triggerPointReferralCharts', 'triggerPointCritique'],
    },
    {
      text: 'Los estudios sugieren que el rodillo de espuma o el masaje antes de la actividad pueden dar una mejora breve de la amplitud de movimiento, parecida a la de los estiramientos; la mayoría de los estudios se centraron en el muslo.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'foamRollingPerformance'],
    },
    {
      text: 'Los estudios sugieren que el masaje o el rodillo después de un ejercicio intenso pueden suavizar el dolor muscular durante los días siguientes.',
      evidence: 'research-supported',
      sources: ['sorenessMeta', 'sportsMassageMeta', 'foamRollingPerformance'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Amasa con las palmas todo el glúteo y la parte externa de la cadera, y termina con pasadas circulares amplias.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Haz pasadas lentas con el antebrazo sobre la parte alta y externa del glúteo, preguntando qué tal va sobre la marcha.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Presiona y mantén de 30 a 60 segundos un punto sensible en la parte alta y externa del glúteo; suelta si empieza un hormigueo.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Estira despacio el tejido desde el sacro hacia la parte externa de la cadera y mantén hasta que ceda.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas enérgicas antes de competir, más suaves después, y mantenimiento regular para quienes corren o van en bicicleta.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Siéntate con una pelota bajo un glúteo y desplaza el peso despacio; quítala si la pierna te hormiguea o se te duerme.',
    },
  ],
  cautions: [
    {
      text: 'El nervio ciático pasa por el centro del glúteo; si la presión profunda ahí provoca hormigueo o entumecimiento, presiona menos o muévete a otra zona.',
      evidence: 'mixed',
      sources: ['piriformisAnatomy', 'endangermentSites'],
    },
    {
      text: 'Si te has roto la cadera, llevas una prótesis de cadera o te han operado en esta zona, sigue las indicaciones de tu equipo quirúrgico y no toques la herida.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'La osteoporosis hace más probables las fracturas de cadera, así que evita la presión fuerte sobre el saliente de hueso de la cadera.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety'],
    },
    {
      text: 'Los síntomas en la pierna junto con entumecimiento alrededor de los genitales o problemas nuevos de vejiga o intestino requieren atención de urgencias.',
      evidence: 'research-supported',
      sources: ['caudaEquinaWarning'],
    },
  ],
} satisfies PanelContent<SourceKey>;
