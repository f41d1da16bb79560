import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje de pies es relajante y puede ayudar con el dolor de talón; la idea de la reflexología de que ciertos puntos de la planta se conectan con órganos es tradición, no ciencia.',
  benefits: [
    {
      text: 'Los estudios sugieren que añadir trabajo manual de tejidos blandos a los estiramientos puede mejorar la función del pie y aliviar el dolor en el dolor plantar del talón, aunque los ensayos son pequeños.',
      evidence: 'research-supported',
      sources: ['plantarFasciitisReview', 'plantarHeelPainReview'],
    },
    {
      text: 'Los estudios sugieren que, después de una operación de vesícula por laparoscopia, el masaje de pies puede bajar el dolor en las horas siguientes y reducir la necesidad de analgésicos extra, según una revisión de ensayos pequeños.',
      evidence: 'research-supported',
      sources: ['footMassageSurgeryMeta'],
    },
    {
      text: 'Algunas personas mayores notan más estabilidad tras un masaje de pies; en un pequeño ensayo en residencias, una sesión de 20 minutos de masaje y movilización de pies y tobillos mejoró dos pruebas de equilibrio en personas de 65 a 95 años frente a un tratamiento simulado, pero la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['footBalanceTrial'],
    },
    {
      text: 'Algunas personas notan que el masaje de pies y la reflexología las relajan y les quitan ansiedad durante un rato; las revisiones en el cuidado del cáncer hablan de cierto alivio del dolor y el cansancio, pero los estudios son débiles y la reflexología no ha superado a un masaje de pies agradable, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'reflexologyCancerReview'],
    },
    {
      text: 'Tradicionalmente se dice que presionar zonas de la planta actúa sobre los órganos correspondientes (la investigación no lo ha demostrado); nunca debe usarse para diagnosticar ni para sustituir un tratamiento.',
      evidence: 'traditional',
      sources: ['reflexologyReview', 'reflexologyPhysiologyReview'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza los pulgares del talón a los dedos a lo largo del arco, amasa la planta y luego haz círculos suaves en cada dedo.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Desliza un pulgar despacio por la planta, del talón hacia los dedos, mientras los dedos se doblan suavemente hacia atrás.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Pasadas firmes con los nudillos a lo largo del arco solo si resulta cómodo; nunca en un pie hinchado, amoratado o sin sensibilidad.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Presión breve y constante sobre los puntos sensibles del arco, no directamente sobre un talón dolorido.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas ligeras y fluidas por la planta y el tobillo después de correr.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'Con las manos secas, recorre con los pulgares toda la planta de ambos pies de forma metódica; tradicionalmente se dice que se conecta con los órganos (la investigación no lo ha demostrado).',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sentado, haz rodar la planta despacio sobre una pelota o una botella congelada, de los dedos al talón y vuelta, parando en los puntos tensos.',
    },
  ],
  cautions: [
    {
      text: 'Con diabetes o pies sin sensibilidad, un moratón o una ampolla por el masaje pueden pasar desapercibidos: usa una presión suave, evita la piel dañada, revísate los pies cada día y consulta cualquier problema con un podólogo o un médico.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: 'Las señales de un coágulo en la pierna, como hinchazón en un solo lado, calor, enrojecimiento o dolor como de calambre, significan no dar masaje y acudir al médico ese mismo día.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Nada de masaje ni reflexología en un pie con una fractura, una herida sin curar, un ataque de gota o una infección como pie de atleta, verrugas u hongos en las uñas.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'Si tienes una hinchazón que deja hoyo al presionar, varices o has tenido un coágulo, pide consejo a un profesional sanitario antes de trabajar los pies.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsIllinois'],
    },
    {
      text: 'Durante el embarazo, muchos reflexólogos trabajan con suavidad en los tres primeros meses y evitan la presión firme alrededor de los huesos del tobillo; tradicionalmente se considera una precaución (la investigación no ha demostrado que haya riesgo).',
      evidence: 'traditional',
      sources: ['reflexologyCautionsMinnesota', 'pregnancyPressurePoints'],
    },
  ],
} satisfies PanelContent<SourceKey>;
