import type { Source } from '@bodymap/core';

/**
 * Every work the panels and glossaries cite, by key, shared by every locale. Panels name keys rather
 * than import these, so the list loads only when someone opens a panel's sources.
 */
export const sources = {
  // General massage effects and safety

  // The page's safety section names pregnancy, bleeding disorders, low platelets and blood thinners (no forceful or
  // deep massage), weak skin such as wounds, and deep pressure over a tumour: cautions cite it for those risks alone.
  nccihMassage: {
    title: 'NCCIH (NIH): Massage Therapy: What You Need To Know',
    url: 'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know',
    kind: 'health-information',
  },

  // Cited for the risks the NCCIH page leaves out: fractures, burns, open or healing wounds, and allergy to oils or lotions.
  mayoClinicMassage: {
    title: 'Mayo Clinic Staff (Mayo Clinic): Massage: Get in touch with its many benefits',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/stress-management/in-depth/massage/art-20045743',
    kind: 'health-information',
  },

  moyerMetaAnalysis: {
    title: 'Moyer CA, Rounds J, Hannum JW. A meta-analysis of massage therapy research. Psychological Bulletin, 2004',
    url: 'https://doi.org/10.1037/0033-2909.130.1.3',
    kind: 'systematic-review',
  },

  rapaportAnxietyTrial: {
    title:
      'Rapaport MH, Schettler P, Larson ER, Edwards SA, Dunlop BW, Rakofsky JJ, Kinkead B. Acute Swedish massage monotherapy successfully remediates symptoms of generalized anxiety disorder: a proof-of-concept, randomized controlled study. J Clin Psychiatry, 2016',
    url: 'https://pubmed.ncbi.nlm.nih.gov/27464321/',
    kind: 'trial',
  },

  depressionMetaAnalysis: {
    title:
      'Hou WH, Chiang PT, Hsu TY, Chiu SY, Yen YC. Treatment effects of massage therapy in depressed people: a meta-analysis. J Clin Psychiatry, 2010',
    url: 'https://doi.org/10.4088/JCP.09r05009blu',
    kind: 'systematic-review',
  },

  cancerSleepReview: {
    title:
      'Samuel SR, Gururaj R, Kumar KV, Vira P, Saxena PUP, Keogh JWL. Randomized control trial evidence for the benefits of massage and relaxation therapy on sleep in cancer survivors: a systematic review. J Cancer Surviv, 2021',
    url: 'https://doi.org/10.1007/s11764-020-00972-x',
    kind: 'systematic-review',
  },

  massageSafetyReview: {
    title: 'Ernst E. The safety of massage therapy. Rheumatology, 2003',
    url: 'https://doi.org/10.1093/rheumatology/keg306',
    kind: 'systematic-review',
  },

  adverseEventsReview: {
    title:
      'Yin P, Gao N, Wu J, Litscher G, Xu S. Adverse events of massage therapy in pain-related conditions: a systematic review. Evid Based Complement Alternat Med, 2014',
    url: 'https://doi.org/10.1155/2014/480956',
    kind: 'systematic-review',
  },

  endangermentSites: {
    title: 'Werner R (ABMP). Take the danger out of endangerment sites',
    url: 'https://www.abmp.com/textonlymags/article.php?article=2200',
    kind: 'practice',
  },

  osteoporosisSafety: {
    title: 'Werner R (ABMP). No bones about it: working safely with clients who have osteoporosis',
    url: 'https://www.abmp.com/textonlymags/article.php?article=2728',
    kind: 'practice',
  },

  macmillanMassage: {
    title: 'Macmillan Cancer Support: Massage or other touch therapies',
    url: 'https://macmillan.org.uk/cancer-information-and-support/treatment/coping-with-treatment/complementary-therapies/massage-or-other-touch-therapies',
    kind: 'health-information',
  },

  cancerCouncilMassage: {
    title: 'Cancer Council NSW: Massage and cancer, professional massage',
    url: 'https://cancercouncil.com.au/18126/b1000/massage-and-cancer-42/massage-and-cancer-professional-massage',
    kind: 'health-information',
  },

  dvtWarningSigns: {
    title: 'NHS: DVT (deep vein thrombosis)',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
    kind: 'health-information',
  },
  nhsInformDvt: {
    title: 'NHS inform: Deep vein thrombosis (DVT)',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/blood-and-lymph/deep-vein-thrombosis',
    kind: 'health-information',
  },
  niceLowBackPainNg59: {
    title: 'NICE guideline NG59: Low back pain and sciatica in over 16s, assessment and management',
    url: 'https://www.nice.org.uk/guidance/ng59',
    kind: 'guideline',
  },
  royalFreeCaudaEquina: {
    title: 'Royal Free London NHS Foundation Trust: Cauda equina syndrome (patient information)',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
    kind: 'health-information',
  },
  nhsKneePain: {
    title: 'NHS: Knee pain',
    url: 'https://www.nhs.uk/conditions/knee-pain/',
    kind: 'health-information',
  },
  nidirectFootPain: {
    title: 'nidirect (Northern Ireland government, NHS information): Foot pain',
    url: 'https://www.nidirect.gov.uk/conditions/foot-pain',
    kind: 'health-information',
  },
  nidirectHeelPain: {
    title: 'nidirect (Northern Ireland government, NHS information): Heel pain',
    url: 'https://www.nidirect.gov.uk/conditions/heel-pain',
    kind: 'health-information',
  },
  nhsBackPain: {
    title: 'NHS: Back pain',
    url: 'https://www.nhs.uk/conditions/back-pain/',
    kind: 'health-information',
  },
  niceHeadachesCg150: {
    title: 'NICE guideline CG150: Headaches in over 12s, diagnosis and management',
    url: 'https://www.nice.org.uk/guidance/cg150',
    kind: 'guideline',
  },
  iwgdfPrevention2023: {
    title:
      'Bus SA, Sacco ICN, Monteiro-Soares M, Raspovic A, Paton J, Rasmussen A, Lavery LA, van Netten JJ. Guidelines on the prevention of foot ulcers in persons with diabetes (IWGDF 2023 update). Diabetes Metab Res Rev, 2024',
    url: 'https://doi.org/10.1002/dmrr.3651',
    kind: 'guideline',
  },
  niceDiabeticFootNg19: {
    title: 'NICE guideline NG19: Diabetic foot problems, prevention and management',
    url: 'https://www.nice.org.uk/guidance/ng19',
    kind: 'guideline',
  },
  nhsExercisePregnancy: {
    title: 'NHS: Exercise in pregnancy',
    url: 'https://www.nhs.uk/pregnancy/keeping-well/exercise/',
    kind: 'health-information',
  },
  hseExercisePregnancy: {
    title: 'HSE (Ireland): Activities to avoid and recommended exercises in pregnancy',
    url: 'https://www2.hse.ie/wellbeing/child-health/exercise-during-pregnancy/activities-to-avoid-and-recommended-exercises.html',
    kind: 'health-information',
  },
  nhsAaa: {
    title: 'NHS: Abdominal aortic aneurysm',
    url: 'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
    kind: 'health-information',
  },
  upperCervicalInstabilityRa: {
    title:
      'Slater H, Briggs AM, Fary RE, Chan M. Upper cervical instability associated with rheumatoid arthritis: what to \'know\' and what to \'do\'. Man Ther, 2013',
    url: 'https://doi.org/10.1016/j.math.2013.01.005',
    kind: 'study',
  },
  ifomptCervicalFramework: {
    title:
      'Rushton A, Carlesso LC, Flynn T, Hing WA, Rubinstein SM, Vogel S, Kerry R. International framework for examination of the cervical region for potential of vascular pathologies of the neck prior to musculoskeletal intervention: International IFOMPT Cervical Framework. J Orthop Sports Phys Ther, 2023',
    url: 'https://doi.org/10.2519/jospt.2022.11147',
    kind: 'guideline',
  },
  dialysisAccessCare: {
    title: 'MedlinePlus (U.S. National Library of Medicine): Hemodialysis access - self care',
    url: 'https://medlineplus.gov/ency/patientinstructions/000705.htm',
    kind: 'health-information',
  },

  pregnancyPressurePoints: {
    title: 'The Ginkgo Tree: Pregnancy massage',
    url: 'https://theginkgotree.net/services/pregnancy-massage/',
    kind: 'practice',
  },

  // Head, neck and headache

  nccihHeadaches: {
    title: 'NCCIH: Headaches, what you need to know',
    url: 'https://www.nccih.nih.gov/health/headaches-what-you-need-to-know',
    kind: 'health-information',
  },

  headacheMassageTrial: {
    title:
      'Moraska AF, Stenerson L, Butryn N, Krutsch JP, Schmiege SJ, Mann JD. Myofascial trigger point-focused head and neck massage for recurrent tension-type headache: a randomized, placebo-controlled clinical trial. Clin J Pain, 2015',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25329141/',
    kind: 'trial',
  },

  migraineManualTherapyReview: {
    title: 'Chaibi A, Tuchin PJ, Russell MB. Manual therapies for migraine: a systematic review. J Headache Pain, 2011',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21298314',
    kind: 'systematic-review',
  },

  triggerPointsInHeadache: {
    title:
      'Do TP, Heldarskard GF, Kolding LT, Hvedstrup J, Schytz HW. Myofascial trigger points in migraine and tension-type headache. J Headache Pain, 2018',
    url: 'https://doi.org/10.1186/s10194-018-0913-8',
    kind: 'study',
  },

  trapeziusReferredPain: {
    title:
      'Fernández-de-las-Peñas C, Ge HY, Arendt-Nielsen L, Cuadrado ML, Pareja JA. Referred pain from trapezius muscle trigger points shares similar characteristics with chronic tension type headache. Eur J Pain, 2007',
    url: 'https://doi.org/10.1016/j.ejpain.2006.07.005',
    kind: 'study',
  },

  headNeckReferredPain: {
    title:
      'Fernández-de-las-Peñas C, Fernández-Mayoralas DM, Ortega-Santiago R, Ambite-Quesada S, Palacios-Ceña D, Pareja JA. Referred pain from myofascial trigger points in head and neck-shoulder muscles reproduces head pain features in children with chronic tension type headache. J Headache Pain, 2011',
    url: 'https://doi.org/10.1007/s10194-011-0316-6',
    kind: 'study',
  },

  cochraneNeck: {
    title:
      'Gross AR, Lee H, Ezzo J, Chacko N, Gelley G, Forget M, Morien A, Graham N, Santaguida PL, Rice M, Dixon C. Massage for neck pain. Cochrane Database of Systematic Reviews, 2024',
    url: 'https://doi.org/10.1002/14651858.CD004871.pub5',
    kind: 'systematic-review',
  },

  jawMyofascialTrial: {
    title:
      'Kalamir A et al. Intra-oral myofascial therapy versus education and self-care in the treatment of chronic, myogenous temporomandibular disorder: a randomised, clinical trial. Chiropr Man Therap, 2013',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3706243',
    kind: 'trial',
  },

  // Trigger points and myofascial work

  triggerPointCritique: {
    title: 'Quintner JL, Bove GM, Cohen ML. A critical evaluation of the trigger point phenomenon. Rheumatology, 2015',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25477053/',
    kind: 'study',
  },

  palpationAgreementMeta: {
    title:
      'Rathbone ATL, Grosman-Rimon L, Kumbhare DA. Interrater agreement of manual palpation for identification of myofascial trigger points: a systematic review and meta-analysis. Clin J Pain, 2017',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28098584/',
    kind: 'systematic-review',
  },

  palpationReview: {
    title:
      'Myburgh C et al. A systematic, critical review of manual palpation for identifying myofascial trigger points. Arch Phys Med Rehabil, 2008',
    url: 'https://pubmed.ncbi.nlm.nih.gov/18503816/',
    kind: 'systematic-review',
  },

  ischemicCompressionMeta: {
    title:
      'Lu W, Li J, Tian Y, Lu X. Effect of ischemic compression on myofascial pain syndrome: a systematic review and meta-analysis. Chiropr Man Therap, 2022',
    url: 'https://doi.org/10.1186/s12998-022-00441-5',
    kind: 'systematic-review',
  },

  triggerPointReferralCharts: {
    title: 'Iwakuni Massage: Trigger point gluteal pain (summary of Travell and Simons referral charts)',
    url: 'https://www.iwakunimassage.com/post/trigger-point-gluteal-pain',
    kind: 'practice',
  },

  // The referral charts of the quadratus lumborum and the other torso muscles, by the charts' own authors.
  lowBackReferralCharts: {
    title: 'Simons DG, Travell JG. Myofascial origins of low back pain. 2. Torso muscles. Postgrad Med, 1983',
    url: 'https://doi.org/10.1080/00325481.1983.11697757',
    kind: 'practice',
  },

  upperTrapeziusSelfTreatment: {
    title:
      'Davies C, Davies A. The Trigger Point Therapy Workbook: Your Self-Treatment Guide for Pain Relief, 3rd edition. New Harbinger, 2013 (the book\'s website; the trapezius self-treatment is in the book)',
    url: 'https://triggerpointbook.com/trigger-point-therapy-workbook-3rd-edition/preface/',
    kind: 'practice',
  },

  // Back and spine

  cochraneLowBack: {
    title: 'Furlan AD et al. Massage for low-back pain. Cochrane Database of Systematic Reviews, 2015',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001929.pub3',
    kind: 'systematic-review',
  },

  lowBackReviewOfReviews: {
    title:
      'Kumar S, Beaton K, Hughes T. The effectiveness of massage therapy for the treatment of nonspecific low back pain: a systematic review of systematic reviews. Int J Gen Med, 2013',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3772691/',
    kind: 'systematic-review',
  },

  acpLowBackGuideline: {
    title:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the American College of Physicians. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med, 2017',
    url: 'https://doi.org/10.7326/M16-2367',
    kind: 'guideline',
  },

  nccihLowBack: {
    title: 'NCCIH (NIH): Low-Back Pain and Complementary Health Approaches: What You Need To Know',
    url: 'https://www.nccih.nih.gov/health/low-back-pain-and-complementary-health-approaches-what-you-need-to-know',
    kind: 'health-information',
  },

  lowBackMassageTrial: {
    title:
      'Cherkin DC, Sherman KJ, Kahn J, Wellman R, Cook AJ, Johnson E, Erro J, Delaney K, Deyo RA. A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Ann Intern Med, 2011',
    url: 'https://doi.org/10.1059/0003-4819-155-1-201107050-00002',
    kind: 'trial',
  },

  gluteusMediusReview: {
    title:
      'Sadler S, Cassidy S, Peterson B, Spink M, Chuter V. Gluteus medius muscle function in people with and without low back pain: a systematic review. BMC Musculoskelet Disord, 2019',
    url: 'https://doi.org/10.1186/s12891-019-2833-4',
    kind: 'systematic-review',
  },

  piriformisAnatomy: {
    title: 'Medical Art Library: Piriformis',
    url: 'https://medicalartlibrary.com/piriformis/',
    kind: 'health-information',
  },

  pelvicGirdlePainReview: {
    title:
      'Fiani B, Sekhon M, Doan T, Bowers B, Covarrubias C, Barthelmass M, De Stefano F, Kondilis A. Sacroiliac joint and pelvic dysfunction due to symphysiolysis in postpartum women. Cureus, 2021',
    url: 'https://doi.org/10.7759/cureus.18619',
    kind: 'study',
  },

  swedishMassageStrokes: {
    title: 'Massage Procedures: Swedish massage',
    url: 'https://www.massageprocedures.com/techniques-procedures/swedish-massage/',
    kind: 'practice',
  },

  // Shoulder, arms and chest

  shoulderSoftTissueReview: {
    title:
      'van den Dolder PA et al. Effectiveness of soft tissue massage and exercise for the treatment of non-specific shoulder pain: a systematic review with meta-analysis. Br J Sports Med, 2014',
    url: 'https://bjsm.bmj.com/content/48/16/1216.short',
    kind: 'systematic-review',
  },

  shoulderRangeMetaAnalysis: {
    title: 'Yeun YR. Effectiveness of massage therapy on the range of motion of the shoulder: a systematic review and meta-analysis. J Phys Ther Sci, 2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5333006',
    kind: 'systematic-review',
  },

  frictionMassageCochrane: {
    title: 'Loew LM et al. Deep transverse friction massage for treating lateral elbow or lateral knee tendinitis. Cochrane Database of Systematic Reviews, 2014',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD003528.pub2/abstract',
    kind: 'systematic-review',
  },

  handMassageAnxietyTrial: {
    title:
      'Mei L et al. Effectiveness of Chinese hand massage on anxiety among patients awaiting coronary angiography: a randomized controlled trial. J Cardiovasc Nurs, 2017',
    url: 'https://journals.lww.com/jcnjournal/Fulltext/2017/03000/Effectiveness_of_Chinese_Hand_Massage_on_Anxiety.16.aspx',
    kind: 'trial',
  },

  copdMassageReview: {
    title: 'Polastri M et al. Manual massage therapy for patients with COPD: a scoping review. Medicina, 2019',
    url: 'https://doi.org/10.3390/medicina55050151',
    kind: 'systematic-review',
  },

  abdominalMassageMeta: {
    title:
      'Huang SY, Chiao CY, Chien LY. Effectiveness of abdominal massage on chronic constipation in adults: a systematic review and meta-analysis. Int J Nurs Stud, 2025',
    url: 'https://doi.org/10.1016/j.ijnurstu.2024.104936',
    kind: 'systematic-review',
  },

  // Sport, recovery and rolling

  sportsMassageMeta: {
    title: 'Davis HL, Alabed S, Chico TJA. Effect of sports massage on performance and recovery: a systematic review and meta-analysis. BMJ Open Sport Exerc Med, 2020',
    url: 'https://bmjopensem.bmj.com/content/6/1/e000614',
    kind: 'systematic-review',
  },

  sorenessMeta: {
    title: 'Guo J et al. Massage alleviates delayed onset muscle soreness after strenuous exercise: a systematic review and meta-analysis. Front Physiol, 2017',
    url: 'https://www.frontiersin.org/articles/10.3389/fphys.2017.00747/full',
    kind: 'systematic-review',
  },

  lacticAcidStudy: {
    title: 'Wiltshire EV et al. Massage impairs postexercise muscle blood flow and "lactic acid" removal. Med Sci Sports Exerc, 2010',
    url: 'https://journals.lww.com/acsm-msse/Fulltext/2010/06000/Massage_Impairs_Postexercise_Muscle_Blood_Flow_and.4.aspx',
    kind: 'study',
  },

  foamRollingPerformance: {
    title: 'Wiewelhove T et al. A meta-analysis of the effects of foam rolling on performance and recovery. Front Physiol, 2019',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6465761',
    kind: 'systematic-review',
  },

  foamRollingRange: {
    title:
      'Wilke J et al. Acute effects of foam rolling on range of motion in healthy adults: a systematic review with multilevel meta-analysis. Sports Med, 2020',
    url: 'https://link.springer.com/article/10.1007/s40279-019-01205-7',
    kind: 'systematic-review',
  },

  foamRollingTraining: {
    title: 'Konrad A et al. Foam rolling training effects on range of motion: a systematic review and meta-analysis. Sports Med, 2022',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9474417/',
    kind: 'systematic-review',
  },

  // Knee

  kneeMassageTrial: {
    title: 'Perlman A et al. Efficacy and safety of massage for osteoarthritis of the knee: a randomized clinical trial. J Gen Intern Med, 2019',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6420526',
    kind: 'trial',
  },

  kneeGuidelineMassage: {
    title: 'American Academy of Orthopaedic Surgeons: Management of osteoarthritis of the knee (non-arthroplasty), massage recommendation',
    url: 'https://www.orthoguidelines.org/guideline-detail?id=1650&tab=by_strength',
    kind: 'guideline',
  },

  // Feet and reflexology

  plantarFasciitisReview: {
    title: 'Fraser JJ et al. Does manual therapy improve pain and function in patients with plantar fasciitis? A systematic review. J Man Manip Ther, 2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5901427',
    kind: 'systematic-review',
  },

  plantarHeelPainReview: {
    title:
      'Mischke et al. The symptomatic and functional effects of manual physical therapy on plantar heel pain: a systematic review. J Man Manip Ther, 2017',
    url: 'https://doi.org/10.1080/10669817.2015.1106818',
    kind: 'systematic-review',
  },

  reflexologyReview: {
    title:
      'Ernst E. Is reflexology an effective intervention? A systematic review of randomised controlled trials. Med J Aust, 2009',
    url: 'https://doi.org/10.5694/j.1326-5377.2009.tb02780.x',
    kind: 'systematic-review',
  },

  reflexologyPhysiologyReview: {
    title:
      'McCullough JEM et al. The physiological and biochemical outcomes associated with a reflexology treatment: a systematic review. Evid Based Complement Alternat Med, 2014',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4026838',
    kind: 'systematic-review',
  },

  cancerResearchUkReflexology: {
    title: 'Cancer Research UK: Reflexology',
    url: 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/complementary-alternative-therapies/individual-therapies/reflexology',
    kind: 'health-information',
  },

  reflexologyContraindications: {
    title: 'Green Reflexology: Contraindications or times when reflexology might not be appropriate',
    url: 'https://greenreflexology.com/contraindications/',
    kind: 'practice',
  },

  reflexologyCautionsIllinois: {
    title: 'Reflexology Association of Illinois: Conditions when reflexology is not a good idea',
    url: 'https://reflexillinois.org/6-are-there-any-conditions-when-having-reflexology-is-not-a-good-idea/',
    kind: 'practice',
  },
  // Face, jaw and scalp

  tmdPhysiotherapyUmbrella: {
    title:
      'Arribas-Pascual M et al. Effects of physiotherapy on pain and mouth opening in temporomandibular disorders: an umbrella and mapping systematic review with meta-meta-analysis. J Clin Med, 2023',
    url: 'https://doi.org/10.3390/jcm12030788',
    kind: 'systematic-review',
  },

  facialMassageMoodStudy: {
    title:
      'Hatayama T et al. The facial massage reduced anxiety and negative mood status, and increased sympathetic nervous activity. Biomed Res 29(6):317-320, 2008',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=%22The+facial+massage+reduced+anxiety+and+negative+mood+status%2C+and+increased+sympathetic+nervous+activity%22',
    kind: 'study',
  },

  scalpMassageStressTrial: {
    title:
      'Kim IH, Kim TY, Ko YW. The effect of a scalp massage on stress hormone, blood pressure, and heart rate of healthy female. J Phys Ther Sci, 2016',
    url: 'https://pubmed.ncbi.nlm.nih.gov/27821918/',
    kind: 'trial',
  },

  scalpMassageHairStudy: {
    title:
      'Koyama T, Kobayashi K, Hama T, Murakami K, Ogawa R. Standardized scalp massage results in increased hair thickness by inducing stretching forces to dermal papilla cells in the subcutaneous tissue. Eplasty, 2016',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4740347/',
    kind: 'study',
  },

  // Chest and belly

  cardiacSurgeryMassageMeta: {
    title:
      'Miozzo AP et al. Massage therapy reduces pain and anxiety after cardiac surgery: a systematic review and meta-analysis of randomized clinical trials. Clin Trials Regul Sci Cardiol, 2016',
    url: 'https://doi.org/10.1016/j.ctrsc.2016.11.003',
    kind: 'systematic-review',
  },

  msAbdominalMassagePilot: {
    title:
      'McClurg D, Hagen S, Hawkins S, Lowe-Strong A. Abdominal massage for the alleviation of constipation symptoms in people with multiple sclerosis: a randomized controlled feasibility study. Mult Scler, 2011',
    url: 'https://pubmed.ncbi.nlm.nih.gov/20940182/',
    kind: 'trial',
  },

  msAbdominalMassageTrial: {
    title:
      'McClurg D, Harris F, Goodman K, Doran S, Hagen S, Treweek S, Norton C, Coggrave M, Norrie J, Rauchhaus P, Donnan P, Emmanuel A, Manoukian S, Mason H. Abdominal massage plus advice, compared with advice only, for neurogenic bowel dysfunction in MS: a RCT. Health Technol Assess, 2018',
    url: 'https://doi.org/10.3310/hta22580',
    kind: 'trial',
  },

  abdominalMassageTrialExclusions: {
    title:
      'AMBER trial record ISRCTN85007023 (NCT03166007): Abdominal massage for bowel dysfunction in people with multiple sclerosis, eligibility and exclusion criteria',
    url: 'https://www.isrctn.com/ISRCTN85007023',
    kind: 'trial',
  },

  enteralFeedingMassageMeta: {
    title:
      'Wang X et al. Impact of abdominal massage on enteral nutrition complications in adult critically ill patients: a systematic review and meta-analysis. Complement Ther Med, 2022',
    url: 'https://doi.org/10.1016/j.ctim.2021.102796',
    kind: 'systematic-review',
  },

  stomachAcheWarningSigns: {
    title: 'NHS: Stomach ache',
    url: 'https://www.nhs.uk/conditions/stomach-ache/',
    kind: 'health-information',
  },

  // Arms and hands

  armSorenessMassageStudy: {
    title: 'Zainuddin Z et al. Effects of massage on delayed-onset muscle soreness, swelling, and recovery of muscle function. J Athl Train 40(3):174-180, 2005',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=%22Effects+of+massage+on+delayed-onset+muscle+soreness%2C+swelling%2C+and+recovery+of+muscle+function%22',
    kind: 'trial',
  },

  lymphDrainageCochrane: {
    title: 'Ezzo J et al. Manual lymphatic drainage for lymphedema following breast cancer treatment. Cochrane Database of Systematic Reviews, 2015',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25994425/',
    kind: 'systematic-review',
  },

  lymphDrainageMeta: {
    title:
      'Huang TW et al. Effects of manual lymphatic drainage on breast cancer-related lymphedema: a systematic review and meta-analysis of randomized controlled trials. World J Surg Oncol, 2013',
    url: 'https://wjso.biomedcentral.com/articles/10.1186/1477-7819-11-15',
    kind: 'systematic-review',
  },

  breastCancerNowLymphoedema: {
    title: 'Breast Cancer Now: Lymphoedema, symptoms and when to contact your treatment team',
    url: 'https://breastcancernow.org/about-breast-cancer/treatment/lymphoedema/',
    kind: 'health-information',
  },

  carpalTunnelMassageTrial: {
    title:
      'Moraska A et al. Comparison of a targeted and general massage protocol on strength, function, and symptoms associated with carpal tunnel syndrome: a randomized pilot study. J Altern Complement Med, 2008',
    url: 'https://pubmed.ncbi.nlm.nih.gov/18370581/',
    kind: 'trial',
  },

  carpalTunnelSelfMassageTrial: {
    title:
      'Field T, Diego M, Cullen C, Hartshorn K, Gruskin A, Hernandez-Reif M, Sunshine W. Carpal tunnel syndrome symptoms are lessened following massage therapy. J Bodyw Mov Ther, 2004',
    url: 'https://doi.org/10.1016/S1360-8592(03)00064-0',
    kind: 'trial',
  },

  handPainMassageTrial: {
    title:
      'Field T, Diego M, Delgado J, Garcia D, Funk CG. Hand pain is reduced by massage therapy. Complement Ther Clin Pract, 2011',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21982138/',
    kind: 'trial',
  },

  handArthritisMassageTrial: {
    title: 'Field T, Diego M, Hernandez-Reif M, Shea J. Hand arthritis pain is reduced by massage therapy. J Bodyw Mov Ther 11(1), 2007',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=%22Hand+arthritis+pain+is+reduced+by+massage+therapy%22',
    kind: 'trial',
  },

  dementiaMassageCochrane: {
    title: 'Hansen NV, Jørgensen T, Ørtenblad L. Massage and touch for dementia. Cochrane Database of Systematic Reviews, 2006',
    url: 'https://doi.org/10.1002/14651858.CD004989.pub2',
    kind: 'systematic-review',
  },

  cardiacSurgeryHandMassageTrial: {
    title:
      'Boitor M, Martorella G, Maheu C, Laizner AM, Gélinas C. Effects of massage in reducing the pain and anxiety of the cardiac surgery critically ill: a randomized controlled trial. Pain Med, 2018',
    url: 'https://doi.org/10.1093/pm/pny055',
    kind: 'trial',
  },

  // Legs, knees and rolling

  hamstringMassageRangeStudy: {
    title: 'Crosman et al. The effects of massage to the hamstring muscle group on range of motion. J Orthop Sports Phys Ther, 1984',
    url: 'https://pubmed.ncbi.nlm.nih.gov/18806363/',
    kind: 'study',
  },

  hamstringMassageSitReach: {
    title: 'Barlow A et al. Effect of massage of the hamstring muscle group on performance of the sit and reach test. Br J Sports Med, 2004',
    url: 'https://bjsm.bmj.com/content/38/3/349',
    kind: 'study',
  },

  chronicFoamRollingReview: {
    title:
      'Pagaduan JC, Chang SY, Chang NJ. Chronic effects of foam rolling on flexibility and performance: a systematic review of randomized controlled trials. Int J Environ Res Public Health, 2022',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8998857',
    kind: 'systematic-review',
  },

  myofascialReleaseReview: {
    title:
      'Ajimsha MS, Al-Mudahka NR, Al-Madzhar JA. Effectiveness of myofascial release: systematic review of randomized controlled trials. J Bodyw Mov Ther, 2015',
    url: 'https://doi.org/10.1016/j.jbmt.2014.06.001',
    kind: 'systematic-review',
  },

  myofascialFlexibilityMeta: {
    title:
      'Dhiman NR, Das B, Mohanty C, Singh OP, Gyanpuri V, Raj D. Myofascial release versus other soft tissue release techniques along superficial back line structures for improving flexibility in asymptomatic adults: a systematic review with meta-analysis. J Bodyw Mov Ther, 2021',
    url: 'https://doi.org/10.1016/j.jbmt.2021.06.026',
    kind: 'systematic-review',
  },

  kneeMassageMeta: {
    title: 'Wu Q, Zhao J, Guo W. Efficacy of massage therapy in improving outcomes in knee osteoarthritis: a systematic review and meta-analysis. Complement Ther Clin Pract, 2022',
    url: 'https://doi.org/10.1016/j.ctcp.2021.101522',
    kind: 'systematic-review',
  },

  kneeSelfMassageTrial: {
    title: 'Atkins DV, Eichler DA. The effects of self-massage on osteoarthritis of the knee: a randomized, controlled trial. Int J Ther Massage Bodywork, 2013',
    url: 'https://ijtmb.org/index.php/ijtmb/article/download/119/249?inline=1',
    kind: 'trial',
  },

  niceOsteoarthritis: {
    title: 'NICE guideline NG226: Osteoarthritis in over 16s, diagnosis and management (recommendations), 2022',
    url: 'https://www.nice.org.uk/guidance/ng226/chapter/Recommendations',
    kind: 'guideline',
  },

  shinSplintsHse: {
    title: 'HSE (NHS content adapted for Ireland): Shin splints',
    url: 'https://www2.hse.ie/conditions/shin-splints',
    kind: 'health-information',
  },

  shinSplintsNhs: {
    title: 'NHS: Shin splints',
    url: 'https://www.nhs.uk/conditions/shin-splints/',
    kind: 'health-information',
  },

  shinSplintsPreventionReview: {
    title:
      'Thacker SB, Gilchrist J, Stroup DF, Kimsey CD. The prevention of shin splints in sports: a systematic review of literature. Med Sci Sports Exerc, 2002 (appraised as "Medial tibial stress syndrome: evidence-based prevention", J Athl Train, 2008)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/18523568/',
    kind: 'systematic-review',
  },

  ankleFoamRollingReview: {
    title:
      'Grieve R, Byrne B, Clements C, Davies LJ, Durrant E, Kitchen O. The effects of foam rolling on ankle dorsiflexion range of motion in healthy adults: a systematic literature review. J Bodyw Mov Ther, 2022',
    url: 'https://doi.org/10.1016/j.jbmt.2022.01.006',
    kind: 'systematic-review',
  },

  calfRollerTrial: {
    title:
      'Seever TC, Mason J, Zech A. Chronic and residual effects of a two-week foam rolling intervention on ankle flexibility and dynamic balance. Front Sports Act Living, 2022',
    url: 'https://doi.org/10.3389/fspor.2022.799985',
    kind: 'trial',
  },

  // Feet

  footBalanceTrial: {
    title: 'Vaillant J et al. Massage and mobilization of the feet and ankles in elderly adults: effect on clinical balance performance. Man Ther 14(6):661-664, 2009',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=%22Massage+and+mobilization+of+the+feet+and+ankles+in+elderly+adults%22',
    kind: 'trial',
  },

  footMassageSurgeryMeta: {
    title:
      'Cheng Y, Zhou X, Wang G. The efficacy of foot massage for pain relief of laparoscopic cholecystectomy: a meta-analysis study. Surg Laparosc Endosc Percutan Tech, 2023',
    url: 'https://pubmed.ncbi.nlm.nih.gov/37010361/',
    kind: 'systematic-review',
  },

  reflexologyCancerReview: {
    title: 'Klaus M et al. Reflexology in oncological treatment: a systematic review. BMC Complement Med Ther, 2024',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10782728/',
    kind: 'systematic-review',
  },

  plantarSelfMassage: {
    title: 'Bloomsbury Osteopathy: Plantar fascia self-massage exercise',
    url: 'https://www.bloomsbury-osteopathy.co.uk/fotm01-plantar-fascia-self-massage-exercise/',
    kind: 'practice',
  },

  // Reflexology charts: traditional maps of the sole, cited only for what the charts claim

  // Its history of the charts (Fitzgerald's zone therapy, Ingham's foot maps) and its maps of the sole.
  reflexologyChartHistory: {
    title: 'Embong NH, Soh YC, Ming LC, Wong TW. Revisiting reflexology: concept, evidence, current practice, and practitioner training. J Tradit Complement Med, 2015',
    url: 'https://doi.org/10.1016/j.jtcme.2015.08.008',
    kind: 'study',
  },

  reflexologyChartToes: {
    title: 'Bliss2Massage: Reflexology, toes',
    url: 'https://www.bliss2massage.com/massage-monday-10-26-11-reflexology-toes/',
    kind: 'traditional-chart',
  },

  reflexologyChartBall: {
    title: 'Bliss2Massage: Reflexology, ball of foot',
    url: 'https://www.bliss2massage.com/massage-monday-10-31-11-reflexology-ball-of-foot/',
    kind: 'traditional-chart',
  },

  reflexologyChartAbmp: {
    title: 'Zollicoffer M. Reflexology feature. Massage & Bodywork (ABMP), November/December 2018, pp. 64–65',
    url: 'https://www.massageandbodyworkdigital.com/i/1037165/64',
    kind: 'traditional-chart',
  },

  reflexologyChartArch: {
    title: 'The Barefoot Dragonfly: Reflex areas of the arch and midfoot in foot reflexology',
    url: 'https://www.thebarefootdragonfly.com/reflex-areas-of-the-arch-and-midfoot-in-foot-reflexology/',
    kind: 'traditional-chart',
  },

  reflexologyChartZones: {
    title: 'SportsRec: Reflexology foot zones',
    url: 'https://www.sportsrec.com/132593-reflexology-foot-zones.html',
    kind: 'traditional-chart',
  },

  reflexologyChartPrinciples: {
    title: 'Riverview: Reflexology (chart principles)',
    url: 'https://riverviewvc.com/services/therapeutic-health-services/reflexology/',
    kind: 'traditional-chart',
  },

  reflexologyChartFootMap: {
    title: 'Derval Ingleton: Simple explanation of reflexology (foot map)',
    url: 'https://www.dervalingleton.com/simple-explanation-of-reflexology/',
    kind: 'traditional-chart',
  },

  reflexologyChartDigestive: {
    title: 'Healthy-Ojas: Reflexology for the digestive system (solar plexus)',
    url: 'https://healthy-ojas.com/systems/reflexology-digestive-system.html',
    kind: 'traditional-chart',
  },

  reflexologyChartExcretory: {
    title: 'Healthy-Ojas: Reflexology for the excretory system (kidneys at the waistline)',
    url: 'https://healthy-ojas.com/systems/reflexology-excretory-system.html',
    kind: 'traditional-chart',
  },

  reflexologyChartHeel: {
    title: 'Cedar Massage: Reflexology foot massage (heel, lower back and intestines)',
    url: 'https://www.cedarmassagethornton.com/reflexology-foot-massage/',
    kind: 'traditional-chart',
  },
} satisfies Record<string, Source>;

export type SourceKey = keyof typeof sources;

/**
 * The source list with some titles given in another language. Only the descriptions the project
 * added (what a page is, which part of it is cited) are translated; a work's own title stays as
 * published, so that it can still be found.
 */
export function withTitles(titles: Readonly<Partial<Record<SourceKey, string>>>): Record<SourceKey, Source> {
  return Object.fromEntries(
    Object.entries(sources).map(([key, source]) => [key, { ...source, title: titles[key as SourceKey] ?? source.title }]),
  ) as Record<SourceKey, Source>;
}
