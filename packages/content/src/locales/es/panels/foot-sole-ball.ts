import type { PanelContent } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

export default {
  summary:
    'El metatarso, la almohadilla bajo los dedos, soporta buena parte de tu peso al caminar, y amasarlo puede resultar relajante; los mapas de reflexología que lo relacionan con el pecho y el corazón son tradición, no anatomía.',
  benefits: [
    {
      text: 'A muchas personas les relaja un masaje de pies y notan menos ansiedad durante un rato; la reflexología no ha mostrado efectos mayores que los de un masaje de pies agradable.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'],
    },
    {
      text: 'En un pequeño ensayo en residencias, una sola sesión de 20 minutos de masaje y movilización suave de pies y tobillos mejoró dos pruebas de equilibrio en personas de 65 a 95 años, frente a una sesión simulada.',
      evidence: 'mixed',
      sources: ['footBalanceTrial'],
    },
    {
      text: 'Los estudios sugieren que un masaje de todo el pie tras una operación de vesícula por laparoscopia puede reducir el dolor en las horas siguientes y la necesidad de analgésicos extra, aunque los ensayos eran pequeños.',
      evidence: 'research-supported',
      sources: ['footMassageSurgeryMeta'],
    },
    {
      text: 'Los mapas de reflexología relacionan el metatarso con el pecho, los pulmones, el corazón y los hombros. Es una creencia tradicional que la investigación no ha demostrado.',
      evidence: 'traditional',
      sources: ['reflexologyChartBall', 'reflexologyChartPrinciples', 'cancerResearchUkReflexology'],
    },
  ],
  techniques: [
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Amasa el metatarso con los dos pulgares en círculos pequeños, de lado a lado, desde el dedo gordo hasta el pequeño.',
    },
    {
      technique: 'myofascial-release',
      fit: 'good',
      howTo: 'Con los dedos del pie llevados suavemente hacia atrás, desliza un pulgar despacio por el metatarso y sigue hacia el arco.',
    },
    {
      technique: 'deep-tissue',
      fit: 'care',
      howTo: 'Presión más firme con el pulgar o los nudillos solo si resulta cómoda; afloja sobre las zonas huesudas y nunca presiones un antepié hinchado o sin sensibilidad.',
    },
    {
      technique: 'sports',
      fit: 'good',
      howTo: 'Pasadas ligeras y enérgicas por el metatarso y el resto de la planta después de correr.',
    },
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'Con las manos secas, recorre el metatarso con los pulgares en filas; la relación con el pecho y el corazón es tradicional, no está demostrada.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sentado, apoya el metatarso sobre una pelota de tenis y hazla rodar despacio de lado a lado, cargando solo un poco de peso.',
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
      text: 'Un dolor bajo el metatarso que no se pasa, o que aparece tras una lesión, debe revisarlo un profesional en lugar de tratarlo con masaje.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota'],
    },
  ],
} satisfies PanelContent<SourceKey>;
