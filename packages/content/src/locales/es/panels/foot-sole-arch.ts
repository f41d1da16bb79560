import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'En el arco está la fascia plantar, la banda resistente que va del talón a los dedos; trabajarla con las manos puede ayudar con el dolor de talón, y los mapas que relacionan el arco con los órganos del vientre son tradición, no anatomía.',
  benefits: [
    {
      text: 'En la fascitis plantar y el dolor de talón, las revisiones de ensayos pequeños vieron que añadir trabajo manual de tejidos blandos en la planta a los estiramientos puede mejorar la función del pie y aliviar el dolor.',
      evidence: 'research-supported',
      sources: ['plantarFasciitisReview', 'plantarHeelPainReview'],
    },
    {
      text: 'En consulta se suele recomendar hacer rodar el arco sobre una pelota o una botella congelada unos minutos, dos o tres veces al día; es una costumbre de la práctica que no se ha probado por separado.',
      evidence: 'traditional',
      sources: ['plantarSelfMassage'],
    },
    {
      text: 'En un pequeño ensayo en residencias, una sola sesión de 20 minutos de masaje y movilización suave de pies y tobillos mejoró dos pruebas de equilibrio en personas de 65 a 95 años, frente a una sesión simulada.',
      evidence: 'mixed',
      sources: ['footBalanceTrial'],
    },
    {
      text: 'A muchas personas les relaja un masaje de pies y notan menos ansiedad durante un rato; la reflexología no ha mostrado efectos mayores que los de un masaje de pies agradable.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'],
    },
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
    {
      text: 'Con diabetes o pies sin sensibilidad, un moratón o una ampolla por el masaje pueden pasar desapercibidos: presiona con suavidad, evita la piel dañada, revísate los pies cada día y consulta cualquier problema con un podólogo o un médico.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: 'Nada de masaje en un pie con una fractura, una herida sin curar, un ataque de gota o una infección como pie de atleta o una verruga.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'Si tienes una hinchazón que deja hoyo al presionar, varices o has tenido un coágulo, pide consejo a un profesional sanitario antes de trabajar los pies.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsIllinois'],
    },
    {
      text: 'Las señales de un coágulo en la pierna, como hinchazón en un solo lado, calor, enrojecimiento o dolor como de calambre, significan no dar masaje y acudir al médico ese mismo día.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Si el dolor del arco o del talón no se pasa, o aparece tras una lesión, debe revisarlo un profesional en lugar de tratarlo con automasaje.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
