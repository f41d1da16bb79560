import type { Benefit, Caution } from '@bodymap/core';
import type { SourceKey } from '../../en/sources.js';

// Lo que varias zonas de la planta dicen palabra por palabra, escrito una sola vez para que una corrección llegue a
// todas. La zona que lo dice a su manera (las precauciones de los dedos, el aviso de coágulo del talón) conserva su
// propio texto en su panel.

export const footMassageCalm: Benefit<SourceKey> = {
  text: 'A muchas personas les relaja un masaje de pies y notan menos ansiedad durante un rato; la reflexología no ha mostrado efectos mayores que los de un masaje de pies agradable.',
  evidence: 'mixed',
  sources: ['reflexologyReview', 'cancerResearchUkReflexology', 'camCancerReflexology'],
};

export const footBalanceTrial: Benefit<SourceKey> = {
  text: 'En un pequeño ensayo en residencias, una sola sesión de 20 minutos de masaje y movilización suave de pies y tobillos mejoró dos pruebas de equilibrio en personas de 65 a 95 años, frente a una sesión simulada.',
  evidence: 'mixed',
  sources: ['footBalanceTrial'],
};

export const footMassageAfterSurgery: Benefit<SourceKey> = {
  text: 'Los estudios sugieren que un masaje de todo el pie tras una operación de vesícula por laparoscopia puede reducir el dolor en las horas siguientes y la necesidad de analgésicos extra, aunque los ensayos eran pequeños.',
  evidence: 'research-supported',
  sources: ['footMassageSurgeryMeta'],
};

export const plantarHandsOn: Benefit<SourceKey> = {
  text: 'En la fascitis plantar y el dolor de talón, las revisiones de ensayos pequeños vieron que añadir trabajo manual de tejidos blandos en la planta a los estiramientos puede mejorar la función del pie y aliviar el dolor.',
  evidence: 'research-supported',
  sources: ['plantarFasciitisReview', 'plantarHeelPainReview'],
};

export const numbFeet: Caution<SourceKey> = {
  text: 'Con diabetes o pies sin sensibilidad, un moratón o una ampolla por el masaje pueden pasar desapercibidos: presiona con suavidad, evita la piel dañada, revísate los pies cada día y consulta cualquier problema con un podólogo o un médico.',
  evidence: 'research-supported',
  sources: ['diabeticFootCare'],
};

export const injuredFoot: Caution<SourceKey> = {
  text: 'Nada de masaje en un pie con una fractura, una herida sin curar, un ataque de gota o una infección como pie de atleta o una verruga.',
  evidence: 'mixed',
  sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
};

export const swellingOrPastClot: Caution<SourceKey> = {
  text: 'Si tienes una hinchazón que deja hoyo al presionar, varices o has tenido un coágulo, pide consejo a un profesional sanitario antes de trabajar los pies.',
  evidence: 'mixed',
  sources: ['reflexologyCautionsIllinois'],
};

export const clotSigns: Caution<SourceKey> = {
  text: 'Las señales de un coágulo en la pierna, como hinchazón en un solo lado, calor, enrojecimiento o dolor como de calambre, significan no dar masaje y acudir al médico ese mismo día.',
  evidence: 'research-supported',
  sources: ['dvtWarningSigns'],
};

/** Las precauciones que el metatarso y el arco dan completas antes de añadir las suyas. */
export const soleCautions = [numbFeet, injuredFoot, swellingOrPastClot, clotSigns] as const;
