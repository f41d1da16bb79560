import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';
import { footMassageCalm, footBalanceTrial, plantarHandsOn, soleCautions } from './sole-shared.js';

export default {
  summary:
    'En el arco está la fascia plantar, la banda resistente que va del talón a los dedos; trabajarla con las manos puede ayudar con el dolor de talón, y los mapas que relacionan el arco con los órganos del vientre son tradición, no anatomía.',
  benefits: [
    plantarHandsOn,
    {
      text: 'En consulta se suele recomendar hacer rodar el arco sobre una pelota o una botella congelada unos minutos, dos o tres veces al día; es una costumbre de la práctica que no se ha probado por separado.',
      evidence: 'traditional',
      sources: ['plantarSelfMassage'],
    },
    footBalanceTrial,
    footMassageCalm,
    {
      text: 'Los mapas de reflexología relacionan el arco con el estómago, el hígado, los riñones y el intestino. Es una creencia tradicional que la investigación no ha demostrado.',
      evidence: 'traditional',
      sources: ['reflexologyChartArch', 'reflexologyChartAbmp', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Con los dedos del pie llevados suavemente hacia atrás, desliza un pulgar despacio por el arco, del talón hacia el metatarso.',
    },
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Sube por el arco con los dos pulgares, del talón a los dedos, y luego amásalo de lado a lado.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Pasadas lentas con los nudillos a lo largo del arco solo mientras resulten cómodas; nunca en un pie hinchado, amoratado o sin sensibilidad.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Mantén una presión breve y constante en los puntos sensibles del arco y afloja si el dolor se vuelve agudo.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas ligeras y fluidas a lo largo del arco después de correr.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'Con las manos secas, recorre el arco con los pulgares en filas; la relación con los órganos del vientre es tradicional, no está demostrada.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sentado, haz rodar el arco despacio sobre una pelota de tenis o una botella congelada y detente de 10 a 15 segundos en los puntos tensos.',
    },
  ],
  cautions: [
    ...soleCautions,
    {
      text: 'Si el dolor del arco o del talón no se pasa, o aparece tras una lesión, debe revisarlo un profesional en lugar de tratarlo con automasaje.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
