import type { SourceKey } from '../../sources.js';

/** The sources whose titles carry a description of the project's own, with that description in Spanish. */
export const sourceTitles = {
  royalFreeCaudaEquina: 'Royal Free London NHS Foundation Trust: Cauda equina syndrome (información para pacientes)',
  hseExercisePregnancy: 'HSE (Irlanda): Activities to avoid and recommended exercises in pregnancy',
  dialysisAccessCare: 'MedlinePlus (Biblioteca Nacional de Medicina de EE. UU.): Hemodialysis access - self care',
  nidirectFootPain: 'nidirect (Gobierno de Irlanda del Norte, información del NHS): Foot pain',
  nidirectHeelPain: 'nidirect (Gobierno de Irlanda del Norte, información del NHS): Heel pain',
  upperTrapeziusSelfTreatment:
    'Davies C, Davies A. The Trigger Point Therapy Workbook: Your Self-Treatment Guide for Pain Relief, 3rd edition. New Harbinger, 2013 (sitio web del libro; el autotratamiento del trapecio está en el libro)',
  triggerPointReferralCharts: 'Iwakuni Massage: Trigger point gluteal pain (resumen de los mapas de dolor referido de Travell y Simons)',
  kneeGuidelineMassage:
    'American Academy of Orthopaedic Surgeons: Management of osteoarthritis of the knee (non-arthroplasty), recomendación sobre el masaje',
  abdominalMassageTrialExclusions:
    'Registro del ensayo AMBER ISRCTN85007023 (NCT03166007): Abdominal massage for bowel dysfunction in people with multiple sclerosis, criterios de inclusión y exclusión',
  niceOsteoarthritis: 'NICE guideline NG226: Osteoarthritis in over 16s, diagnosis and management (recomendaciones), 2022',
  shinSplintsHse: 'HSE (contenido del NHS adaptado para Irlanda): Shin splints',
  shinSplintsPreventionReview:
    'Thacker SB, Gilchrist J, Stroup DF, Kimsey CD. The prevention of shin splints in sports: a systematic review of literature. Med Sci Sports Exerc, 2002 (valorada como "Medial tibial stress syndrome: evidence-based prevention", J Athl Train, 2008)',
  reflexologyChartAbmp: 'Zollicoffer M. Artículo sobre reflexología. Massage & Bodywork (ABMP), noviembre/diciembre de 2018, págs. 64–65',
  reflexologyChartPrinciples: 'Riverview: Reflexology (principios del mapa)',
  reflexologyChartFootMap: 'Derval Ingleton: Simple explanation of reflexology (mapa del pie)',
  reflexologyChartDigestive: 'Healthy-Ojas: Reflexology for the digestive system (plexo solar)',
  reflexologyChartExcretory: 'Healthy-Ojas: Reflexology for the excretory system (riñones a la altura de la línea de la cintura)',
  reflexologyChartHeel: 'Cedar Massage: Reflexology foot massage (talón, zona lumbar e intestinos)',
} satisfies Partial<Record<SourceKey, string>>;
