import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje de manos es fácil de darte a ti o a otra persona, puede aliviar las manos doloridas y reconfortar en el hospital o en una residencia; los ensayos son pequeños.',
  benefits: [
    {
      text: 'Algunas personas con dolor de manos o artritis de mano y muñeca notan alivio con el masaje; en pequeños ensayos, un masaje semanal más automasaje diario durante cuatro semanas alivió el dolor y mejoró la fuerza de agarre, pero los estudios eran pequeños y de un solo grupo de investigación, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['handPainMassageTrial', 'handArthritisMassageTrial'],
    },
    {
      text: 'Algunas personas notan menos dolor tras un masaje de manos; en cuidados intensivos después de una operación de corazón, 20 minutos de masaje de manos bajaron el dolor y la ansiedad unos dos puntos sobre diez, más que solo cogerles la mano, pero fue un único ensayo pequeño y la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['cardiacSurgeryHandMassageTrial'],
    },
    {
      text: 'Algunas personas se sienten más tranquilas con un masaje de manos; en un ensayo, hacerlo mientras esperaban una prueba del corazón alivió la ansiedad más que la atención habitual sola, pero es un solo estudio y la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['handMassageAnxietyTrial'],
    },
    {
      text: 'Algunas personas con demencia parecen calmarse con un masaje de manos; una revisión Cochrane encontró muy poca investigación fiable, aunque la que había sugería que puede reducir la agitación durante un rato, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['dementiaMassageCochrane'],
    },
    {
      text: 'Como las manos son fáciles de alcanzar, el masaje de manos es una forma sencilla de compartir un contacto tranquilizador; los estudios sugieren que una sesión de masaje puede bajar durante un rato la ansiedad y la tensión arterial.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza desde la punta de los dedos hasta la muñeca y luego haz círculos con el pulgar por la palma.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Presiona con suavidad los puntos sensibles de la almohadilla carnosa de la base del pulgar durante unas cuantas respiraciones lentas.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'La mano es sobre todo huesos pequeños, tendones y articulaciones, así que no hace falta presión profunda y firme.',
    },
    {
      technique: 'reflexology',
      fit: 'care',
      howTo: 'Avanza con el pulgar a pasitos por la palma y los dedos; tradicionalmente se dice que las zonas de la mano se conectan con órganos (la investigación no lo ha demostrado).',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Haz círculos en la palma con el pulgar de la otra mano y luego aprieta y desliza con suavidad a lo largo de cada dedo.',
    },
  ],
  cautions: [
    {
      text: 'Evita las articulaciones calientes, hinchadas o lesionadas, los cortes y la piel infectada.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'Si la mano ha perdido sensibilidad, por ejemplo por la diabetes, usa una presión ligera y revisa después si hay marcas que no hayas notado.',
      evidence: 'mixed',
      sources: ['diabeticFootCare'],
    },
    {
      text: 'Durante el embarazo, muchos profesionales evitan presionar con fuerza la membrana entre el pulgar y el índice; tradicionalmente se considera una precaución (la investigación no ha demostrado que haya riesgo).',
      evidence: 'traditional',
      sources: ['pregnancyPressurePoints'],
    },
  ],
} satisfies PanelContent<SourceKey>;
