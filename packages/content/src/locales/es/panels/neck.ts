import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje en la parte de atrás y los lados del cuello puede dar un alivio breve y ayudarte a relajarte; la parte delantera de la garganta no se toca.',
  benefits: [
    {
      text: 'Algunas personas con dolor de cuello persistente se sienten un poco mejor durante un tiempo después del masaje, pero una revisión Cochrane de 2024 concluyó que, hacia las 12 semanas, probablemente no hace mucho más que un masaje simulado.',
      evidence: 'mixed',
      sources: ['cochraneNeck'],
    },
    {
      text: 'Los estudios sugieren que una presión mantenida sobre puntos sensibles del cuello y los hombros puede aumentar la presión que esos músculos toleran, aunque el dolor que contaban las personas no cambió con claridad.',
      evidence: 'research-supported',
      sources: ['headacheMassageTrial', 'ischemicCompressionMeta'],
    },
    {
      text: 'Los puntos tensos y sensibles del músculo de la parte alta del hombro y de los pequeños músculos bajo el cráneo son frecuentes en la cefalea tensional y, al presionarlos, pueden provocar el dolor de siempre. No está claro si masajearlos previene los dolores de cabeza.',
      evidence: 'mixed',
      sources: ['trapeziusReferredPain', 'headNeckReferredPain'],
    },
    {
      text: 'Los estudios sugieren que el masaje puede bajar a corto plazo la ansiedad, la frecuencia cardíaca y la presión arterial, algo que mucha gente siente como si el cuello y los hombros se soltaran.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
    {
      text: 'En los ensayos sobre dolor de cuello, el efecto secundario habitual fue un dolor leve y pasajero después de la sesión, así que un masaje suave, hablando con la persona, parece de bajo riesgo en esta zona.',
      evidence: 'research-supported',
      sources: ['cochraneNeck'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza las manos desde debajo del cráneo hacia abajo y hacia el hombro, y luego amasa a lo largo de la parte alta del hombro.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Presiona una banda sensible de la parte alta del hombro o de debajo del cráneo, con una intensidad soportable, de 30 a 60 segundos, y afloja a medida que se ablande.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Sin aceite, estira despacio la piel y el tejido hacia abajo por la parte de atrás del cuello y espera a que cedan.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Solo en los músculos de atrás y de los lados, preguntando a menudo qué tal va, y nunca en la parte delantera del cuello.',
    },
    {
      technique: 'sports',
      fit: 'care',
      howTo: 'En el trabajo de mantenimiento para deportistas, mantén los movimientos alrededor del cuello suaves y sin forzar.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Aprieta y amasa la parte alta del hombro con la mano contraria y haz círculos con las yemas a lo largo de la base del cráneo, sin tocar la garganta.',
    },
  ],
  cautions: [
    {
      text: 'No presiones la garganta ni la zona delantera y lateral del cuello, por donde pasan las arterias y venas principales y la vía respiratoria.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Evita girar el cuello con fuerza o hacerlo crujir. Las lesiones graves son raras y se relacionan sobre todo con la manipulación de la columna, pero se han descrito casos.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'Para si te mareas o sientes náuseas, si te cambia la vista o si notas un hormigueo que baja hacia el brazo mientras se trabaja el cuello.',
      evidence: 'mixed',
      sources: ['adverseEventsReview', 'massageSafetyReview'],
    },
    {
      text: 'Pide a un profesional de la salud que revise el dolor de cuello antes de cualquier masaje si apareció tras un accidente o si viene con debilidad o entumecimiento en un brazo, fiebre o un dolor de cabeza intenso.',
      evidence: 'research-supported',
      sources: ['cochraneNeck', 'headacheReferral'],
    },
  ],
} satisfies PanelContent<SourceKey>;
