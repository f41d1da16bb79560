import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Un masaje ligero del pecho y de la parte delantera del hombro puede ser relajante y suele formar parte del cuidado del hombro; hay poca investigación sobre el pecho en sí.',
  benefits: [
    {
      text: 'Las pasadas lentas bajo las clavículas son un buen punto de partida para un masaje tranquilo; los estudios sugieren que una sesión de masaje puede bajar durante un rato la ansiedad y el pulso.',
      evidence: 'research-supported',
      sources: ['moyerMetaAnalysis'],
    },
    {
      text: 'Los estudios sugieren que, después de una operación de corazón, el masaje (en distintas zonas, no necesariamente en el pecho) puede aliviar el dolor y la ansiedad en los días siguientes, según una revisión de 10 ensayos.',
      evidence: 'research-supported',
      sources: ['cardiacSurgeryMassageMeta'],
    },
    {
      text: 'Algunas personas notan alivio en el hombro cuando se trabajan los músculos del pecho, algo habitual en el tratamiento del hombro; las revisiones encontraron que el masaje alivió el dolor y mejoró la movilidad del hombro a corto plazo, pero no probaron el pecho por separado, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['shoulderSoftTissueReview', 'shoulderRangeMetaAnalysis'],
    },
    {
      text: 'Algunas personas con enfermedad pulmonar crónica (EPOC) dicen respirar mejor después de un masaje, pero una revisión encontró muy poca evidencia de calidad para recomendarlo por sí solo.',
      evidence: 'mixed',
      sources: ['copdMassageReview'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Con las manos planas, desliza desde el esternón hacia el hombro, justo por debajo de la clavícula.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Con el brazo relajado, mantén un estiramiento lento y sostenido por la parte delantera del hombro.',
    },
    {
      technique: 'trigger-point',
      fit: 'care',
      howTo: 'Presiona con suavidad los puntos sensibles del músculo del pecho cerca del hombro, sin entrar en la axila.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Presión firme solo sobre el músculo grueso bajo la clavícula, nunca sobre las costillas, el esternón o el tejido mamario.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas enérgicas por la parte delantera del hombro antes de lanzar o nadar; lentas y ligeras después.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Apoya una pelota en el músculo bajo la clavícula contra el marco de una puerta y hazla rodar despacio.',
    },
  ],
  cautions: [
    {
      text: 'Si de repente te falta el aire o tienes dolor en el pecho, llama a emergencias; no te des un masaje.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'No apliques presión profunda en la axila, por donde pasan nervios y vasos sanguíneos importantes.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Después de una cirugía de mama, radioterapia o extirpación de ganglios, no masajees la zona tratada y busca a un terapeuta formado en el cuidado del cáncer.',
      evidence: 'mixed',
      sources: ['cancerCouncilMassage', 'macmillanMassage'],
    },
    {
      text: 'Después de una operación de corazón o de tórax, no toques el esternón ni la herida hasta que tu equipo médico diga que han cicatrizado.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder', 'cardiacSurgeryMassageMeta'],
    },
    {
      text: 'Si tienes osteoporosis, evita la presión firme sobre las costillas, que pueden fisurarse con menos fuerza de la que imaginas.',
      evidence: 'mixed',
      sources: ['osteoporosisSafety'],
    },
  ],
} satisfies PanelContent<SourceKey>;
