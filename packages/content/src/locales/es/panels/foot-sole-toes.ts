import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';
import { footBalanceTrial, footMassageAfterSurgery, clotSigns } from './sole-shared.js';

export default {
  summary:
    'Hacer círculos con los dedos del pie y doblarlos con suavidad es una parte muy agradable del masaje de pies; los mapas de reflexología que relacionan los dedos con la cabeza y el cuello son tradición, no anatomía.',
  benefits: [
    {
      text: 'A muchas personas les relaja que les masajeen los dedos y los pies, y notan menos ansiedad durante un rato; la reflexología no ha mostrado efectos mayores que los de un masaje de pies agradable.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'],
    },
    footBalanceTrial,
    footMassageAfterSurgery,
    {
      text: 'Los mapas de reflexología relacionan los dedos del pie con la cabeza, los senos nasales, los ojos, los oídos y el cuello. Es una creencia tradicional que la investigación no ha demostrado.',
      evidence: 'traditional',
      sources: ['reflexologyChartToes', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Sujeta cada dedo entre el índice y el pulgar, hazlo girar despacio y luego recórrelo desde la base hasta la punta.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Aquí hay poco músculo: usa una presión moderada y nunca fuerces una articulación rígida o dolorida.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'Con las manos secas, recorre con el pulgar la yema y la base de cada dedo; la relación con la cabeza es tradicional, no está demostrada.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sentado, con el pie sobre la rodilla contraria, mete los dedos de la mano entre los del pie para separarlos y luego dobla cada dedo con suavidad hacia arriba y hacia abajo.',
    },
  ],
  cautions: [
    {
      text: 'Con diabetes o dedos sin sensibilidad, un moratón, una ampolla o un corte pequeño por el masaje pueden pasar desapercibidos: presiona con suavidad, evita la piel dañada, revísate los pies cada día y consulta cualquier problema con un podólogo o un médico.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: 'Nada de masaje en un dedo que pueda estar roto, con una herida sin curar, un ataque de gota o una infección como pie de atleta entre los dedos, una verruga u hongos en las uñas.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'Si tienes mala circulación en los pies o artrosis en el pie o el tobillo, consulta a un profesional sanitario antes de la reflexología o de un trabajo firme en los pies.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
    clotSigns,
    {
      text: 'Si el dolor o la hinchazón de un dedo no se pasan, o duele tras un golpe o una caída, debe revisarlo un profesional en lugar de tratarlo con masaje.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
