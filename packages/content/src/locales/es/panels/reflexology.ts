import { reflexologyPanels, type PointText, type ReflexologyPoint } from '../../reflexology.js';

// Dónde está cada punto y con qué lo relacionan los mapas. Son afirmaciones de los mapas, no anatomía.
const points: Record<ReflexologyPoint, PointText> = {
  'head-brain': {
    organ: 'la cabeza y el cerebro',
    location: 'La punta y la yema del dedo gordo.',
    association: 'La cabeza y el cerebro; en los mapas, el dedo gordo izquierdo corresponde al lado izquierdo de la cabeza.',
  },
  pituitary: {
    organ: 'la hipófisis',
    location: 'El centro de la yema del dedo gordo.',
    association: 'La hipófisis (glándula pituitaria), a la que los mapas llaman la glándula maestra.',
  },
  sinuses: {
    organ: 'los senos nasales',
    location: 'Las yemas y las puntas de los cuatro dedos pequeños.',
    association: 'Los senos nasales.',
  },
  'neck-throat-thyroid': {
    organ: 'el cuello, la garganta y la tiroides',
    location: 'La base del dedo gordo, donde se une al pie.',
    association: 'El cuello, la garganta y la glándula tiroides.',
  },
  eyes: {
    organ: 'los ojos',
    location: 'La base del segundo y el tercer dedo, donde se unen al metatarso.',
    association: 'Los ojos.',
  },
  ears: {
    organ: 'los oídos',
    location: 'La base del cuarto y el quinto dedo.',
    association: 'Los oídos.',
  },
  heart: {
    organ: 'el corazón',
    location: 'El metatarso del pie izquierdo, bajo el dedo gordo. Algunos mapas marcan también una pequeña zona en el pie derecho.',
    association: 'El corazón.',
  },
  'lungs-chest': {
    organ: 'los pulmones y el pecho',
    location: 'El metatarso, bajo los cuatro dedos pequeños.',
    association: 'Los pulmones, el pecho y la parte alta de la espalda; cada pie corresponde al pulmón de su mismo lado.',
  },
  'shoulder-arm': {
    organ: 'el hombro y el brazo',
    location: 'El borde externo del metatarso, bajo el dedo pequeño.',
    association: 'El hombro y el brazo.',
  },
  diaphragm: {
    organ: 'el diafragma',
    location: 'Una línea que cruza la planta donde el metatarso se junta con el arco.',
    association: 'El diafragma. En los mapas, esta línea separa además el pecho del vientre.',
  },
  'solar-plexus': {
    organ: 'el plexo solar',
    location: 'El hueco blando justo debajo del metatarso, en línea con el segundo dedo.',
    association: 'El plexo solar, una red de nervios de la parte alta del vientre. Los reflexólogos suelen presionarlo para ayudar a relajarse.',
  },
  liver: {
    organ: 'el hígado',
    location: 'Una zona amplia en la mitad externa del arco del pie derecho, desde justo debajo del metatarso hasta el centro del arco.',
    association: 'El hígado.',
  },
  gallbladder: {
    organ: 'la vesícula biliar',
    location: 'Un punto pequeño dentro de la zona del hígado del pie derecho, más o menos en línea con el tercer y el cuarto dedo.',
    association: 'La vesícula biliar.',
  },
  stomach: {
    organ: 'el estómago',
    location: 'El lado interno del arco del pie izquierdo, justo debajo del metatarso. Algunos mapas marcan una zona más pequeña en el pie derecho.',
    association: 'El estómago.',
  },
  spleen: {
    organ: 'el bazo',
    location: 'El borde externo del arco del pie izquierdo, del lado del dedo pequeño, justo debajo del metatarso.',
    association: 'El bazo.',
  },
  adrenal: {
    organ: 'las glándulas suprarrenales',
    location: 'Justo encima del punto del riñón, un poco hacia el borde interno del pie.',
    association: 'Las glándulas suprarrenales.',
  },
  kidney: {
    organ: 'los riñones',
    location: 'El centro del arco, en línea con el segundo dedo. En el pie derecho, algunos mapas lo sitúan un poco más abajo.',
    association: 'Los riñones.',
  },
  'ureter-bladder': {
    organ: 'los uréteres y la vejiga',
    location: 'La vejiga está en el borde interno blando, donde el arco se junta con el talón; el uréter baja en diagonal desde el punto del riñón hasta ella.',
    association: 'Las vías urinarias: los conductos que salen de los riñones y la vejiga.',
  },
  'transverse-colon': {
    organ: 'el colon transverso',
    location: 'Una franja que cruza el centro del arco, a la altura del bulto óseo del borde externo del pie.',
    association: 'El colon transverso, el tramo del intestino grueso que cruza el vientre.',
  },
  'small-intestine': {
    organ: 'el intestino delgado',
    location: 'El centro de la parte baja del arco, rodeado por las zonas del colon.',
    association: 'El intestino delgado.',
  },
  'ascending-colon': {
    organ: 'el colon ascendente',
    location: 'El lado externo de la parte baja del arco del pie derecho, subiendo desde justo encima del talón hacia el centro del arco.',
    association: 'El colon ascendente, donde empieza el intestino grueso, y la válvula por la que el intestino delgado se une a él.',
  },
  'descending-sigmoid-colon': {
    organ: 'el colon descendente y sigmoide',
    location: 'El lado externo de la parte baja del arco del pie izquierdo, bajando hacia el talón y curvándose hacia dentro justo encima de él.',
    association: 'El colon descendente y sigmoide y el recto, el último tramo del intestino grueso.',
  },
  spine: {
    organ: 'la columna',
    location: 'El borde interno del pie, desde la base del dedo gordo hasta el talón: el cuello junto al dedo y, hacia el talón, la espalda alta, la zona lumbar y el coxis.',
    association: 'La columna, desde el cuello hasta el coxis.',
  },
  sciatic: {
    organ: 'el nervio ciático',
    location: 'Una franja estrecha que cruza el centro del talón.',
    association: 'El nervio ciático.',
  },
  'pelvis-lower-back': {
    organ: 'la pelvis, las caderas y la zona lumbar',
    location: 'La almohadilla del talón.',
    association: 'La pelvis, las caderas y la zona lumbar y, en algunos mapas, la parte final del intestino.',
  },
};

export default reflexologyPanels(points, {
  summary: (organ) =>
    `Los mapas de reflexología relacionan este punto con ${organ}; esa relación es una creencia tradicional, no anatomía.`,
  findings: [
    {
      text: 'Una revisión de 18 ensayos aleatorizados no halló pruebas convincentes de que la reflexología sirva para ninguna enfermedad; la mayoría de los mejores ensayos fueron negativos.',
      evidence: 'research-supported',
      sources: ['reflexologyReview'],
    },
    {
      text: 'De 17 ensayos que midieron cambios en el cuerpo, como la tensión arterial, solo tres encontraron diferencias con el grupo de comparación, y eran estudios de baja calidad.',
      evidence: 'research-supported',
      sources: ['reflexologyPhysiologyReview'],
    },
    {
      text: 'La reflexología se ofrece mucho en el cuidado del cáncer y rara vez causa daño. Algunos estudios sugieren que ayuda a relajarse, alivia la ansiedad y el dolor o mejora el estado de ánimo, pero sus diseños son débiles y no permiten sacar conclusiones firmes; no trata el cáncer.',
      evidence: 'mixed',
      sources: ['cancerResearchUkReflexology', 'camCancerReflexology'],
    },
    {
      text: 'La calma que se siente probablemente se debe a un masaje de pies agradable, no a una conexión con un órgano concreto.',
      evidence: 'mixed',
      sources: ['reflexologyReview'],
    },
    {
      text: 'Tradicionalmente, los reflexólogos interpretan un punto sensible o con «granitos» como señal de que el órgano correspondiente está desequilibrado; la investigación no lo ha demostrado.',
      evidence: 'traditional',
      sources: ['cancerResearchUkReflexology'],
    },
  ],
  chartLink: (organ) =>
    `Los mapas de reflexología, nacidos de la terapia zonal de principios del siglo XX, relacionan este punto con ${organ}. Es una creencia tradicional: la investigación no ha demostrado que presionar aquí influya en ${organ}.`,
  benefits: [
    {
      text: 'Una presión lenta y constante con el pulgar, dentro de un masaje de pies, puede resultar agradable y ayudarte a relajarte un rato; la reflexología no ha dado mejores resultados que un masaje de pies normal.',
      evidence: 'mixed',
      sources: ['reflexologyReview', 'cancerResearchUkReflexology'],
    },
    {
      text: 'En el cuidado del cáncer, algunas personas se sienten más tranquilas y con menos dolor después de una sesión de reflexología. Suele ser segura, pero los estudios son débiles y no es un tratamiento contra el cáncer.',
      evidence: 'mixed',
      sources: ['cancerResearchUkReflexology', 'camCancerReflexology', 'reflexologyCancerReview'],
    },
  ],
  techniques: [
    {
      technique: 'reflexology',
      fit: 'good',
      howTo: 'Con las manos secas, avanza con el pulgar sobre el punto a pasitos, con presión firme pero cómoda, como parte del trabajo de toda la planta.',
    },
    {
      technique: 'self-massage',
      fit: 'good',
      howTo: 'Sentado, con el pie sobre la rodilla contraria, presiona el punto con el pulgar durante unas respiraciones lentas y suelta; afloja si duele.',
    },
    {
      technique: 'swedish',
      fit: 'good',
      howTo: 'Incluye el punto en pasadas largas con los pulgares por toda la planta, del talón a los dedos.',
    },
  ],
  noDiagnosis: (organ) =>
    `Nunca uses este punto para buscar enfermedades: que duela no significa un problema en ${organ}, y que no duela no significa que todo esté bien. Consulta los síntomas con un médico y no dejes que la reflexología retrase un tratamiento.`,
  cautions: [
    {
      text: 'Con diabetes o pies sin sensibilidad, un moratón o una ampolla por la presión pueden pasar desapercibidos: trabaja con suavidad, evita la piel dañada, revísate los pies cada día y consulta cualquier problema con un podólogo o un médico.',
      evidence: 'research-supported',
      sources: ['diabeticFootCare'],
    },
    {
      text: 'Las señales de un coágulo en la pierna, como hinchazón en un solo lado, calor, enrojecimiento o dolor como de calambre, significan no tocar el pie y acudir al médico ese mismo día; la falta de aire o el dolor en el pecho son una urgencia.',
      evidence: 'research-supported',
      sources: ['dvtWarningSigns'],
    },
    {
      text: 'Evita el pie que tenga una fractura, una herida sin curar, un ataque de gota o una infección como pie de atleta, una verruga u hongos en las uñas.',
      evidence: 'mixed',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois'],
    },
    {
      text: 'Durante el embarazo, muchos reflexólogos trabajan con suavidad, o no trabajan, en los tres primeros meses y evitan la presión firme alrededor de los huesos del tobillo; es una precaución, no un riesgo demostrado.',
      evidence: 'traditional',
      sources: ['reflexologyCautionsMinnesota', 'reflexologyCautionsIllinois', 'pregnancyPressurePoints'],
    },
  ],
});
