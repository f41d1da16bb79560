import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'Un masaje suave del vientre en el sentido de las agujas del reloj puede ayudar con el estreñimiento; mantén la presión blanda y para si algo duele.',
  benefits: [
    {
      text: 'Los estudios sugieren que el masaje abdominal puede ayudarte a ir al baño con más frecuencia y aliviar el estreñimiento, aunque no redujo el uso de laxantes y la calidad de los ensayos es desigual.',
      evidence: 'research-supported',
      sources: ['abdominalMassageMeta'],
    },
    {
      text: 'Algunas personas con esclerosis múltiple notan menos estreñimiento con un masaje diario del vientre, hecho por ellas mismas o por quien las cuida; un pequeño estudio piloto lo encontró, pero un ensayo mayor con 191 personas solo vio una mejora pequeña que pudo deberse al azar, así que la evidencia es limitada.',
      evidence: 'mixed',
      sources: ['msAbdominalMassagePilot', 'msAbdominalMassageTrial'],
    },
    {
      text: 'Los estudios sugieren que, en pacientes hospitalizados que se alimentan por sonda, el masaje del vientre hecho por el personal de enfermería puede dejar menos alimento retenido en el estómago y reducir la hinchazón y los vómitos; los estudios fueron pocos y cortos.',
      evidence: 'research-supported',
      sources: ['enteralFeedingMassageMeta'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Con las manos planas, haz círculos lentos alrededor del ombligo en el sentido de las agujas del reloj, siguiendo el recorrido del intestino grueso.',
    },
    {
      technique: 'myofascial-release',
      fit: 'care',
      howTo: 'Usa solo un contacto ligero y sostenido; nunca presiones hondo en el vientre.',
    },
    {
      technique: 'trigger-point',
      fit: 'avoid',
      howTo: 'La presión sostenida en un punto empujaría los órganos de debajo, así que aquí no se usa.',
    },
    {
      technique: 'deep-tissue',
      fit: 'avoid',
      howTo: 'Los órganos están justo debajo, así que aquí no se usa presión profunda.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Túmbate boca arriba con las rodillas dobladas y acaricia el vientre en el sentido de las agujas del reloj unos 10 minutos al día.',
    },
  ],
  cautions: [
    {
      text: 'Emergencia: un dolor de vientre repentino o intenso, un vientre que duele al tocarlo, vomitar sangre, heces negras o con sangre, o no poder orinar ni expulsar gases requieren ayuda médica urgente, no un masaje.',
      evidence: 'research-supported',
      sources: ['stomachAcheWarningSigns'],
    },
    {
      text: 'Nada de presión profunda ni de golpes: los órganos de esta zona están poco protegidos y la formación en masaje la trata como zona de precaución.',
      evidence: 'mixed',
      sources: ['endangermentSites'],
    },
    {
      text: 'Los ensayos de masaje abdominal excluyeron a personas con hernia, enfermedad inflamatoria intestinal, cáncer abdominal o pélvico, o cicatrices recientes en el vientre; si tienes alguna de estas, pregunta antes a tu médico.',
      evidence: 'mixed',
      sources: ['abdominalMassageTrialExclusions'],
    },
    {
      text: 'No masajees el vientre después de una cirugía abdominal reciente hasta que tu equipo médico esté de acuerdo.',
      evidence: 'mixed',
      sources: ['nihMassageBackgrounder'],
    },
    {
      text: 'Si estás embarazada, consulta antes con tu matrona o tu médico y elige a un terapeuta formado en masaje durante el embarazo.',
      evidence: 'mixed',
      sources: ['nccihMassage', 'supineHypotension'],
    },
  ],
} satisfies PanelContent<SourceKey>;
