import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El masaje y el rodillo en el muslo son clásicos de la recuperación deportiva: pueden aliviar las agujetas y soltar un rato los músculos, pero no mejoran el rendimiento.',
  benefits: [
    {
      text: 'Los estudios sugieren que el masaje o el rodillo de espuma después de un ejercicio intenso pueden dejar los grandes músculos del muslo menos doloridos durante unos días.',
      evidence: 'research-supported',
      sources: ['sorenessMeta', 'foamRollingPerformance'],
    },
    {
      text: 'Los estudios sugieren que pasar el rodillo por la parte delantera o trasera del muslo puede aumentar un rato el rango de movimiento casi tanto como estirar, y una revisión encontró que usarlo con regularidad más de cuatro semanas dio mejoras moderadas en isquiotibiales y cuádriceps.',
      evidence: 'research-supported',
      sources: ['foamRollingRange', 'foamRollingTraining'],
    },
    {
      text: 'Algunas personas notan el muslo más suelto tras semanas de rodillo, pero otra revisión de programas de cuatro semanas o más encontró efectos contradictorios sobre la flexibilidad y, en general, ninguna mejora del rendimiento; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['chronicFoamRollingReview'],
    },
    {
      text: 'Algunas personas notan la pierna más flexible tras un masaje de isquiotibiales; un estudio con 34 mujeres vio más movilidad justo después, pero otro con hombres activos no vio cambios en la prueba de sentarse y alcanzar, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['hamstringMassageRangeStudy', 'hamstringMassageSitReach'],
    },
    {
      text: 'Algunas personas notan los isquiotibiales más sueltos con el estiramiento miofascial lento por la parte trasera de la pierna, pero las revisiones no lo encontraron mejor que un estiramiento normal u otras técnicas de tejidos blandos, y la calidad de los ensayos es desigual; la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['myofascialFlexibilityMeta', 'myofascialReleaseReview'],
    },
    {
      text: 'Tradicionalmente se dice que el masaje elimina el ácido láctico de las piernas cansadas (la investigación no lo ha demostrado); en un experimento, de hecho, lo eliminó más despacio que el reposo.',
      evidence: 'traditional',
      sources: ['lacticAcidStudy'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Desliza las manos desde la rodilla hacia la cadera y luego amasa la parte delantera, trasera y los lados del muslo.',
    },
    {
      technique: 'deep-tissue',
      fit: 'good',
      howTo: 'Usa pasadas lentas con el antebrazo a lo largo de los grandes músculos, ajustando la presión según lo que te digan.',
    },
    {
      technique: 'trigger-point',
      fit: 'good',
      howTo: 'Mantén una presión firme con el pulgar o el codo sobre los puntos sensibles de la parte delantera del muslo de 30 a 60 segundos.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Apoya las dos palmas en la parte trasera del muslo, sin aceite, separa la piel despacio y mantén uno o dos minutos.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas enérgicas poco antes de una competición; más lentas y ligeras después de la vuelta a la calma.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Túmbate con el muslo sobre un rodillo de espuma y rueda despacio desde la cadera hasta justo por encima de la rodilla, de 30 a 120 segundos por zona.',
    },
  ],
  cautions: [
    {
      text: 'La hinchazón, el calor, el enrojecimiento o un dolor como de calambre en una sola pierna pueden indicar un coágulo: no te des un masaje y haz que te vean ese mismo día. Si te falta el aire o tienes dolor en el pecho, llama a emergencias.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Mantén la presión firme y los rodillos lejos de la ingle, donde grandes vasos sanguíneos y nervios están cerca de la superficie.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Si tomas anticoagulantes o te salen moratones con facilidad, evita el masaje profundo o fuerte y pregunta a tu médico qué es seguro.',
      evidence: 'mixed',
      sources: ['nccihMassage'],
    },
  ],
} satisfies PanelContent<SourceKey>;
