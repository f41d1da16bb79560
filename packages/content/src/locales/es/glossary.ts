import type { TechniqueDetails, TechniqueId } from '@bodymap/core';
import type { SourceKey } from '../../sources.js';

/** Qué es cada técnica, cómo se suele hacer y qué muestra la investigación sobre ella. */
export const glossary = {
  swedish: {
    description:
      'El masaje occidental clásico, hecho de pasadas largas y deslizantes, amasado, pequeñas fricciones en círculo, golpecitos rítmicos suaves y vibraciones ligeras, normalmente con aceite o crema. Su desarrollo se atribuye al sueco Per Henrik Ling, y en Suecia se llama simplemente masaje clásico.',
    pressure: [1, 3],
    duration: 'Alrededor de una hora para todo el cuerpo; de 5 a 10 minutos para una sola zona en casa',
    evidence: 'research-supported',
    evidenceSummary:
      'En ensayos, el masaje de relajación ayudó con el dolor lumbar de larga duración más o menos igual que un trabajo más especializado y, en un ensayo pequeño, alivió la ansiedad más que un toque ligero. Los daños graves son raros y se asocian sobre todo a métodos más bruscos o a personas sin formación.',
    sources: ['swedishMassageStrokes', 'lowBackMassageTrial', 'rapaportAnxietyTrial', 'massageSafetyReview'] satisfies SourceKey[],
  },
  'deep-tissue': {
    description:
      'Pasadas más lentas con una presión más firme y sostenida, a menudo con los pulgares, los nudillos, los antebrazos o los codos, para llegar al músculo y al tejido conjuntivo que están más abajo. Las sesiones suelen centrarse en pocas zonas; debe sentirse como una molestia intensa pero soportable, y es frecuente notar algo de dolor muscular uno o dos días después.',
    pressure: [3, 5],
    duration: 'Normalmente de 45 a 90 minutos, con más tiempo en las zonas que se trabajan',
    evidence: 'mixed',
    evidenceSummary:
      'En el mayor ensayo sobre dolor de espalda, el trabajo profundo y localizado no fue mejor que un masaje suave de relajación, así que no se ha demostrado que más profundo sea mejor. Quienes toman anticoagulantes o tienen problemas de sangrado deben evitarlo.',
    sources: ['lowBackMassageTrial', 'nccihMassage'] satisfies SourceKey[],
  },
  'trigger-point': {
    description:
      'Consiste en localizar nudos sensibles dentro de bandas tensas del músculo, que pueden enviar dolor a otras zonas, y presionarlos de forma sostenida o con pasadas cortas hasta que la sensibilidad baja. Suele terminar con un estiramiento suave del músculo.',
    pressure: [3, 4],
    duration: 'Cada punto se mantiene de 30 a 90 segundos; unos pocos puntos en una sesión de 30 a 60 minutos',
    evidence: 'mixed',
    evidenceSummary:
      'En una revisión de 2022, la presión sostenida hizo que los puntos fueran menos sensibles al tacto, pero no redujo con claridad el dolor que la gente decía sentir, y en la cefalea tensional no fue mejor que un masaje simulado. Se discute si los puntos gatillo son algo concreto, y los examinadores a menudo no coinciden en dónde están.',
    sources: ['ischemicCompressionMeta', 'headacheMassageTrial', 'triggerPointCritique', 'palpationAgreementMeta'] satisfies SourceKey[],
  },
  'myofascial-release': {
    description:
      'Un estiramiento suave, sostenido y de poca fuerza del músculo y del tejido conjuntivo que lo envuelve (la fascia), normalmente sin aceite. Quien da el masaje espera a que el tejido ceda antes de pasar a otra zona.',
    pressure: [2, 3],
    duration: 'Se mantiene de uno a varios minutos en cada zona; sesiones de 30 a 60 minutos',
    evidence: 'mixed',
    evidenceSummary:
      'Una revisión consideró los ensayos de calidad desigual pero en su mayoría alentadores, mientras que otra no lo encontró mejor que un estiramiento normal para la flexibilidad. Este tipo de trabajo de tejidos blandos mejoró la función en el dolor de talón.',
    sources: ['myofascialReleaseReview', 'myofascialFlexibilityMeta', 'plantarFasciitisReview'] satisfies SourceKey[],
  },
  sports: {
    description:
      'Técnicas del masaje sueco y del masaje profundo adaptadas al entrenamiento: trabajo corto y enérgico justo antes de una competición, pasadas más ligeras y tranquilas después de la vuelta a la calma, y sesiones de mantenimiento más largas entre competiciones.',
    pressure: [1, 4],
    duration: 'De 10 a 15 minutos antes de una competición, de 10 a 20 minutos después y una sesión de duración normal como mantenimiento',
    evidence: 'research-supported',
    evidenceSummary:
      'Una revisión de 29 ensayos encontró pequeñas mejoras en la flexibilidad y menos dolor muscular, pero ninguna mejora en fuerza, velocidad o resistencia. La idea de que elimina el ácido láctico no tiene respaldo.',
    sources: ['sportsMassageMeta', 'sorenessMeta', 'lacticAcidStudy'] satisfies SourceKey[],
  },
  reflexology: {
    description:
      'Presión metódica con el pulgar y los dedos, a menudo avanzando a pequeños pasos con el pulgar, sobre zonas marcadas en un mapa de los pies (a veces de las manos o las orejas), normalmente con las manos secas. Los reflexólogos creen tradicionalmente que cada zona está conectada con un órgano o una parte del cuerpo; la investigación no lo ha demostrado. Nació de la terapia zonal de principios del siglo XX.',
    pressure: [2, 3],
    duration: 'De 30 a 60 minutos para ambos pies; la primera visita suele ser más larga',
    evidence: 'mixed',
    evidenceSummary:
      'A algunas personas les resulta relajante, y estudios en el cuidado del cáncer hablan de alivio de la ansiedad, el dolor o el cansancio, pero los ensayos son débiles. Los mejores ensayos no muestran que trate ninguna enfermedad, y nunca debe usarse para diagnosticar.',
    sources: ['reflexologyReview', 'reflexologyPhysiologyReview', 'cancerResearchUkReflexology', 'reflexologyCancerReview'] satisfies SourceKey[],
  },
  'self-massage': {
    description:
      'Usar tus propias manos, o el peso de tu cuerpo sobre un rodillo de espuma o una pelota, para presionar y hacer rodar los músculos; al uso del rodillo se le suele llamar autoliberación miofascial. Controlas la presión según cuánto peso apoyas.',
    pressure: [2, 4],
    duration: 'De 30 a 120 segundos por zona muscular, de una a tres series',
    evidence: 'research-supported',
    evidenceSummary:
      'Usar el rodillo aumenta por un rato el rango de movimiento más o menos como un estiramiento y puede aliviar el dolor muscular después del ejercicio; usarlo con regularidad durante varias semanas dio mejoras moderadas de movilidad en algunos músculos. Los efectos sobre el rendimiento son pequeños o nulos.',
    sources: ['foamRollingRange', 'foamRollingPerformance', 'foamRollingTraining', 'chronicFoamRollingReview'] satisfies SourceKey[],
  },
} satisfies Record<TechniqueId, TechniqueDetails>;
