import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje de la parte superior del brazo ayuda sobre todo con las agujetas tras el ejercicio intenso; después de un tratamiento de cáncer de mama, el drenaje linfático suave es cosa de especialistas.',
  benefits: [
    {
      text: 'Algunas personas notan menos agujetas en el brazo tras un masaje; en un estudio en el que a cada persona se le masajeó un brazo 10 minutos después de un ejercicio duro de bíceps, ese brazo tuvo alrededor de un tercio menos de dolor e hinchazón, pero no recuperó la fuerza antes; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['armSorenessMassageStudy'],
    },
    {
      text: 'Los estudios sugieren que, en conjunto, el masaje después de un ejercicio intenso puede reducir las agujetas durante los uno a tres días siguientes.',
      evidence: 'research-supported',
      sources: ['sorenessMeta'],
    },
    {
      text: 'Los estudios sugieren que el masaje puede mejorar un poco la flexibilidad, según una revisión de 29 ensayos, pero no hizo a la gente más fuerte, más rápida ni más resistente.',
      evidence: 'research-supported',
      sources: ['sportsMassageMeta'],
    },
    {
      text: 'Algunas personas con hinchazón del brazo (linfedema) tras un cáncer de mama notan mejoría con el drenaje linfático manual suave; una revisión Cochrane encontró que, añadido al vendaje de compresión, puede reducir algo más el volumen, sobre todo en casos leves, pero otra revisión no vio un beneficio claro, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['lymphDrainageCochrane', 'lymphDrainageMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza las manos desde el codo hacia el hombro y luego amasa la parte delantera y trasera del brazo.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Haz pasadas lentas y firmes a lo largo de los músculos de delante y de detrás, comprobando la comodidad sobre la marcha.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Pinza entre el pulgar y los dedos los puntos sensibles de la parte trasera del brazo y mantén de 30 a 60 segundos.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Rodea el brazo con las dos manos, sin aceite, y gira la piel con suavidad en sentidos opuestos, manteniendo hasta que ceda.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas cortas y enérgicas antes de entrenar; más ligeras y lentas después.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Aprieta y amasa el brazo con la otra mano, o hazlo rodar despacio sobre una pelota apoyada en una mesa.',
    },
  ],
  cautions: [
    {
      text: 'No apliques presión firme en la axila, por donde pasan nervios y vasos sanguíneos importantes.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Después de un tratamiento de cáncer de mama, cuenta cuanto antes a tu equipo médico cualquier hinchazón, pesadez o tirantez nueva en el brazo, y pregunta antes de recibir un masaje en ese brazo.',
      evidence: 'mixed',
      sources: ['breastCancerNowLymphoedema', 'macmillanMassage'],
    },
    {
      text: 'Si tomas anticoagulantes o te salen moratones con facilidad, evita el masaje profundo o fuerte y pregunta a tu médico qué es seguro.',
      evidence: 'mixed',
      sources: ['nccihMassage'],
    },
    {
      text: 'Nada de masaje sobre una fractura reciente, una herida o una zona operada.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
  ],
} satisfies PanelContent<SourceKey>;
