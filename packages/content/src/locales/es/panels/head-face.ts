import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Un masaje suave en la cara y en los músculos de la masticación puede resultar relajante y quizá alivie un poco la mandíbula cargada; mantén la presión ligera.',
  benefits: [
    {
      text: 'Los estudios sugieren que, para el dolor de la articulación y los músculos de la mandíbula, el tratamiento manual (que a menudo incluye masaje de los músculos de la masticación) junto con ejercicios puede aliviar moderadamente el dolor y ayudar a abrir más la boca, según una amplia revisión de revisiones; la calidad de la evidencia fue de limitada a moderada.',
      evidence: 'research-supported',
      sources: ['tmdPhysiotherapyUmbrella'],
    },
    {
      text: 'Algunas personas con dolor de los músculos de la mandíbula de larga duración notan alivio con el masaje de un profesional; en un pequeño ensayo alivió el dolor algo más que los consejos y ejercicios a las seis semanas, pero la diferencia fue modesta y la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['jawMyofascialTrial'],
    },
    {
      text: 'Algunas personas notan menos ansiedad y mejor ánimo después de un masaje facial; un estudio con 32 mujeres lo observó, pero no tenía grupo de comparación, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['facialMassageMoodStudy'],
    },
    {
      text: 'En un pequeño ensayo en residencias, un masaje diario de cabeza y cara calmó la agitación de personas mayores con alzhéimer en comparación con la atención habitual; la evidencia es limitada porque no se ha confirmado en estudios más grandes.',
      evidence: 'mixed',
      sources: ['dementiaHeadFaceMassageTrial'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza los dedos con suavidad desde el centro de la frente hacia las sienes y luego a lo largo de los pómulos.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Presiona con suavidad los puntos sensibles del músculo de la mejilla que se abulta al apretar los dientes, hasta un minuto.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Apoya las yemas de los dedos planas sobre el músculo de la mandíbula, sin aceite, y deja que la piel se deslice despacio hacia el borde de la mandíbula.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'La piel es fina y está llena de pequeños nervios y vasos, así que mantén la presión ligera.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Deja la mandíbula suelta y haz círculos con las yemas de los dedos sobre los músculos de la mandíbula, justo delante de las orejas.',
    },
  ],
  cautions: [
    {
      text: 'El dolor de mandíbula al masticar junto con un dolor de cabeza nuevo o el cuero cabelludo sensible, sobre todo después de los 50 años, requiere una cita médica pronto.',
      evidence: 'research-supported',
      sources: ['headacheReferral'],
    },
    {
      text: 'No presiones los ojos y mantente lejos de la parte delantera del cuello, por debajo de la mandíbula.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'El masaje por dentro de la boca, como el de los ensayos sobre la mandíbula, es cosa de un profesional formado y con guantes; en casa, trabaja desde fuera de la mejilla.',
      evidence: 'mixed',
      sources: ['jawMyofascialTrial'],
    },
    {
      text: 'Evita la piel con heridas, infectada o inflamada, y no uses aceite, o pruébalo antes en una zona pequeña, si alguna crema te ha irritado la piel.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
