import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';
import { footMassageCalm, plantarHandsOn, numbFeet, injuredFoot } from './sole-shared.js';

export default {
  summary:
    'La fascia plantar nace en el talón, y trabajar con las manos a su alrededor puede ayudar con el dolor de talón; los mapas que relacionan el talón con la pelvis y la zona lumbar son tradición, no anatomía.',
  benefits: [
    plantarHandsOn,
    {
      text: 'En consulta se suele recomendar hacer rodar la planta sobre una pelota o una botella congelada, del talón hacia delante, unos minutos cada vez; es una costumbre de la práctica que no se ha probado por separado.',
      evidence: 'traditional',
      sources: ['plantarSelfMassage'],
    },
    footMassageCalm,
    {
      text: 'Los mapas de reflexología relacionan el talón con la pelvis, las caderas, la zona lumbar y el nervio ciático. Es una creencia tradicional que la investigación no ha demostrado.',
      evidence: 'traditional',
      sources: ['reflexologyChartZones', 'reflexologyChartHeel', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Sujeta el talón con la mano, haz círculos con el pulgar sobre su almohadilla y luego deslízalo hacia el arco.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Empieza justo delante del talón y desliza un pulgar despacio hacia delante por la planta mientras los dedos se llevan suavemente hacia atrás.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'La almohadilla del talón es gruesa, pero la presión firme debe seguir siendo cómoda; evítala si el talón está amoratado o duele mucho.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Presión breve y constante en los puntos sensibles justo delante del talón, no directamente sobre el punto dolorido donde se inserta la fascia.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas ligeras del talón hacia el arco después de correr.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'Con las manos secas, recorre con los pulgares la almohadilla del talón; la relación con la pelvis y la espalda es tradicional, no está demostrada.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sentado, haz rodar la planta sobre una botella congelada desde la parte delantera del talón hasta los dedos, sin apretar sobre el punto que duele.',
    },
  ],
  cautions: [
    numbFeet,
    injuredFoot,
    {
      text: 'Las señales de un coágulo en la pierna, como hinchazón en un solo lado, calor, enrojecimiento o dolor como de calambre, significan no dar masaje y acudir al médico ese mismo día; la falta de aire o el dolor en el pecho son una urgencia.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Durante el embarazo, muchos reflexólogos evitan la presión firme en los huecos bajo los huesos del tobillo, a ambos lados del talón; es una precaución, no un riesgo demostrado.',
      evidence: 'traditional',
      sources: ['reflexologyCautionsMinnesota', 'pregnancyPressurePoints'],
    },
    {
      text: 'Si el dolor de talón no se pasa, o aparece tras una caída o un salto, debe revisarlo un profesional en lugar de tratarlo con automasaje.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
