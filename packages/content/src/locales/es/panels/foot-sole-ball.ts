import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';
import { footMassageCalm, footBalanceTrial, footMassageAfterSurgery, soleCautions } from './sole-shared.js';

export default {
  summary:
    'El metatarso, la almohadilla bajo los dedos, soporta buena parte de tu peso al caminar, y amasarlo puede resultar relajante; los mapas de reflexología que lo relacionan con el pecho y el corazón son tradición, no anatomía.',
  benefits: [
    footMassageCalm,
    footBalanceTrial,
    footMassageAfterSurgery,
    {
      text: 'Los mapas de reflexología relacionan el metatarso con el pecho, los pulmones, el corazón y los hombros. Es una creencia tradicional que la investigación no ha demostrado.',
      evidence: 'traditional',
      sources: ['reflexologyChartBall', 'reflexologyChartPrinciples', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Amasa el metatarso con los dos pulgares en círculos pequeños, de lado a lado, desde el dedo gordo hasta el pequeño.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Con los dedos del pie llevados suavemente hacia atrás, desliza un pulgar despacio por el metatarso y sigue hacia el arco.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Presión más firme con el pulgar o los nudillos solo si resulta cómoda; afloja sobre las zonas huesudas y nunca presiones un antepié hinchado o sin sensibilidad.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas ligeras y enérgicas por el metatarso y el resto de la planta después de correr.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'Con las manos secas, recorre el metatarso con los pulgares en filas; la relación con el pecho y el corazón es tradicional, no está demostrada.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sentado, apoya el metatarso sobre una pelota de tenis y hazla rodar despacio de lado a lado, cargando solo un poco de peso.',
    },
  ],
  cautions: [
    ...soleCautions,
    {
      text: 'Un dolor bajo el metatarso que no se pasa, o que aparece tras una lesión, debe revisarlo un profesional en lugar de tratarlo con masaje.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
