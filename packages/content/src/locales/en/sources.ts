import type { Source } from '@bodymap/core';

/**
 * Every work the English panels cite, by key. Panels name keys rather than import these, so the
 * list loads only when someone opens a panel's sources.
 */
export const sources = {
  // General massage effects and safety

  nccihMassage: {
    title: 'NCCIH (NIH): Massage therapy for health purposes, what you need to know',
    url: 'https://nccih.nih.gov/health/massage/massageintroduction.htm',
  },

  nihMassageBackgrounder: {
    title: 'NCCAM (NIH) backgrounder: Massage therapy as CAM, side effects and risks (reproduced copy)',
    url: 'http://taoreiki.massagetherapy.com/MassageTherapyasCAM.htm',
  },

  moyerMetaAnalysis: {
    title: 'Moyer CA, Rounds J, Hannum JW. A meta-analysis of massage therapy research. Psychological Bulletin, 2004',
    url: 'https://doi.org/10.1037/0033-2909.130.1.3',
  },

  rapaportAnxietyTrial: {
    title:
      'Rapaport MH et al. Acute Swedish massage monotherapy successfully remediates symptoms of generalized anxiety disorder: a randomized controlled study. J Clin Psychiatry, 2016',
    url: 'https://dev.psychiatrist.com/jcp/massage-monotherapy-remediates-symptoms-of-anxiety',
  },

  depressionMetaAnalysis: {
    title: 'Hou WH et al. Treatment effects of massage therapy in depressed people: a meta-analysis. J Clin Psychiatry, 2010',
    url: 'http://www.psychiatrist.com/jcp/article/pages/2010/v71n07/v71n0710.aspx',
  },

  cancerSleepReview: {
    title: 'Systematic review: massage and relaxation therapy for sleep disturbance in cancer survivors. J Cancer Surviv, 2021',
    url: 'https://link.springer.com/article/10.1007/s11764-020-00972-x',
  },

  massageSafetyReview: {
    title: 'Ernst E. The safety of massage therapy. Rheumatology, 2003',
    url: 'https://doi.org/10.1093/rheumatology/keg306',
  },

  adverseEventsReview: {
    title: 'Yin P et al. Adverse events of massage therapy in pain-related conditions: a systematic review. Evid Based Complement Alternat Med, 2014',
    url: 'https://www.hindawi.com/journals/ecam/2014/480956/',
  },

  endangermentSites: {
    title: 'Werner R (ABMP). Take the danger out of endangerment sites',
    url: 'https://www.abmp.com/textonlymags/article.php?article=2200',
  },

  osteoporosisSafety: {
    title: 'Werner R (ABMP). No bones about it: working safely with clients who have osteoporosis',
    url: 'https://www.abmp.com/textonlymags/article.php?article=2728',
  },

  macmillanMassage: {
    title: 'Macmillan Cancer Support: Massage or other touch therapies',
    url: 'https://macmillan.org.uk/cancer-information-and-support/treatment/coping-with-treatment/complementary-therapies/massage-or-other-touch-therapies',
  },

  cancerCouncilMassage: {
    title: 'Cancer Council NSW: Massage and cancer, professional massage',
    url: 'https://cancercouncil.com.au/18126/b1000/massage-and-cancer-42/massage-and-cancer-professional-massage',
  },

  dvtWarningSigns: {
    title: 'University College London Hospitals NHS Foundation Trust: Deep vein thrombosis (patient information)',
    url: 'https://uclh.nhs.uk/patients-and-visitors/patient-information-pages/deep-vein-thrombosis',
  },

  caudaEquinaWarning: {
    title: 'Norfolk and Waveney community health (NHS): Got back pain?',
    url: 'https://norfolkandwaveneycommunityhealth.nhs.uk/msk/refer-yourself/systmconnect/got-back-pain/',
  },

  headacheReferral: {
    title: 'Pharmacy Network: Headache and migraine, when to refer',
    url: 'https://pharmacy-network.co.uk/otc/573797-headache-and-migraine-2019/when-to-refer-730203',
  },

  backPainRedFlags: {
    title: 'Back pain: when to seek prompt medical care',
    url: 'https://painreliefsecretsrevealed.com/back-pain-when-to-seek-prompt-medical-care/',
  },

  diabeticFootCare: {
    title: 'EndocrineWeb: Foot care when you have diabetic peripheral neuropathy',
    url: 'https://www.endocrineweb.com/amp/1136',
  },

  supineHypotension: {
    title: "Verywell Family: Supine hypotension syndrome, can you lie on your back when you're pregnant?",
    url: 'https://www.verywellfamily.com/supine-hypotension-syndrome-4773731',
  },

  pregnancyPressurePoints: {
    title: 'The Ginkgo Tree: Pregnancy massage',
    url: 'https://theginkgotree.net/services/pregnancy-massage/',
  },

  // Head, neck and headache

  nccihHeadaches: {
    title: 'NCCIH: Headaches, what you need to know',
    url: 'https://www.nccih.nih.gov/health/headaches-what-you-need-to-know',
  },

  headacheMassageTrial: {
    title:
      'Moraska AF et al. Myofascial trigger point-focused head and neck massage for recurrent tension-type headache: a randomized, placebo-controlled clinical trial. Clin J Pain, 2015',
    url: 'https://journals.lww.com/clinicalpain/Abstract/2015/02000/Myofascial_Trigger_Point_focused_Head_and_Neck.10.aspx',
  },

  migraineManualTherapyReview: {
    title: 'Chaibi A, Tuchin PJ, Russell MB. Manual therapies for migraine: a systematic review. J Headache Pain, 2011',
    url: 'https://pubmed.ncbi.nlm.nih.gov/21298314',
  },

  triggerPointsInHeadache: {
    title: 'Do TP et al. Myofascial trigger points in migraine and tension-type headache. J Headache Pain, 2018',
    url: 'https://1library.net/document/y862400q-myofascial-trigger-points-migraine-and-tension-type-headache.html',
  },

  trapeziusReferredPain: {
    title:
      'Fernández-de-las-Peñas C et al. Referred pain from trapezius muscle trigger points shares similar characteristics with chronic tension type headache. Eur J Pain, 2007',
    url: 'https://ja.scribd.com/document/22853822/Dolor-Referido-de-Trapecio-Superior',
  },

  headNeckReferredPain: {
    title:
      'Fernández-de-las-Peñas C et al. Referred pain from myofascial trigger points in head and neck-shoulder muscles reproduces head pain features in children with chronic tension type headache. J Headache Pain, 2011',
    url: 'https://www.springermedizin.de/referred-pain-from-myofascial-trigger-points-in-head-and-neck-sh/8768720?fulltextView=true',
  },

  cochraneNeck: {
    title: 'Gross AR et al. Massage for neck pain. Cochrane Database of Systematic Reviews, 2024',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004871.pub5/abstract',
  },

  jawMyofascialTrial: {
    title:
      'Kalamir A et al. Intra-oral myofascial therapy versus education and self-care in the treatment of chronic, myogenous temporomandibular disorder: a randomised, clinical trial. Chiropr Man Therap, 2013',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3706243',
  },

  // Trigger points and myofascial work

  triggerPointCritique: {
    title: 'Quintner JL, Bove GM, Cohen ML. A critical evaluation of the trigger point phenomenon. Rheumatology, 2015',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25477053/',
  },

  palpationAgreementMeta: {
    title:
      'Rathbone ATL et al. Interrater agreement of manual palpation for identification of myofascial trigger points: a systematic review and meta-analysis. Clin J Pain, 2017',
    url: 'https://www.ncbi.nlm.nih.gov/m/pubmed/28098584/',
  },

  palpationReview: {
    title:
      'Myburgh C et al. A systematic, critical review of manual palpation for identifying myofascial trigger points. Arch Phys Med Rehabil, 2008',
    url: 'https://pubmed.ncbi.nlm.nih.gov/18503816/',
  },

  ischemicCompressionMeta: {
    title: 'Effect of ischemic compression on myofascial pain syndrome: a systematic review and meta-analysis. Chiropr Man Therap, 2022',
    url: 'https://chiromt.biomedcentral.com/articles/10.1186/s12998-022-00441-5',
  },

  triggerPointReferralCharts: {
    title: 'Iwakuni Massage: Trigger point gluteal pain (summary of Travell and Simons referral charts)',
    url: 'https://www.iwakunimassage.com/post/trigger-point-gluteal-pain',
  },

  // Back and spine

  cochraneLowBack: {
    title: 'Furlan AD et al. Massage for low-back pain. Cochrane Database of Systematic Reviews, 2015',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001929.pub3',
  },

  lowBackReviewOfReviews: {
    title:
      'Kumar S, Beaton K, Hughes T. The effectiveness of massage therapy for the treatment of nonspecific low back pain: a systematic review of systematic reviews. Int J Gen Med, 2013',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3772691/',
  },

  acpLowBackGuideline: {
    title:
      'Qaseem A et al. Noninvasive treatments for acute, subacute, and chronic low back pain: American College of Physicians guideline, 2017 (AFP summary)',
    url: 'https://www.aafp.org/afp/2017/0915/p407.html',
  },

  nccihLowBack: {
    title: 'NCCIH: Low-back pain and complementary health approaches, what you need to know',
    url: 'https://nccih.nih.gov/health/pain/lowback',
  },

  lowBackMassageTrial: {
    title:
      'Cherkin DC et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain: a randomized, controlled trial. Ann Intern Med, 2011',
    url: 'https://annals.org/aim/fullarticle/747008/comparison-effects-2-types-massage-usual-care-chronic-low-back',
  },

  gluteusMediusReview: {
    title: 'Gluteus medius muscle function in people with and without low back pain: a systematic review. BMC Musculoskelet Disord, 2019',
    url: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-019-2833-4',
  },

  piriformisAnatomy: {
    title: 'Medical Art Library: Piriformis',
    url: 'https://medicalartlibrary.com/piriformis/',
  },

  pelvicGirdlePainReview: {
    title: 'Review: pregnancy-related sacroiliac joint pain and pelvic girdle pain. Cureus, 2021',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8580107',
  },

  swedishMassageStrokes: {
    title: 'Massage Procedures: Swedish massage',
    url: 'https://www.massageprocedures.com/techniques-procedures/swedish-massage/',
  },

  // Shoulder, arms and chest

  shoulderSoftTissueReview: {
    title:
      'van den Dolder PA et al. Effectiveness of soft tissue massage and exercise for the treatment of non-specific shoulder pain: a systematic review with meta-analysis. Br J Sports Med, 2014',
    url: 'https://bjsm.bmj.com/content/48/16/1216.short',
  },

  shoulderRangeMetaAnalysis: {
    title: 'Yeun YR. Effectiveness of massage therapy on the range of motion of the shoulder: a systematic review and meta-analysis. J Phys Ther Sci, 2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5333006',
  },

  frictionMassageCochrane: {
    title: 'Loew LM et al. Deep transverse friction massage for treating lateral elbow or lateral knee tendinitis. Cochrane Database of Systematic Reviews, 2014',
    url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD003528.pub2/abstract',
  },

  handMassageAnxietyTrial: {
    title:
      'Mei L et al. Effectiveness of Chinese hand massage on anxiety among patients awaiting coronary angiography: a randomized controlled trial. J Cardiovasc Nurs, 2017',
    url: 'https://journals.lww.com/jcnjournal/Fulltext/2017/03000/Effectiveness_of_Chinese_Hand_Massage_on_Anxiety.16.aspx',
  },

  copdMassageReview: {
    title: 'Polastri M et al. Manual massage therapy for patients with COPD: a scoping review. Medicina, 2019',
    url: 'https://doi.org/10.3390/medicina55050151',
  },

  abdominalMassageMeta: {
    title:
      'Huang SY, Chiao CY, Chien LY. Effectiveness of abdominal massage on chronic constipation in adults: a systematic review and meta-analysis. Int J Nurs Stud, 2025',
    url: 'https://doi.org/10.1016/j.ijnurstu.2024.104936',
  },

  // Sport, recovery and rolling

  sportsMassageMeta: {
    title: 'Davis HL, Alabed S, Chico TJA. Effect of sports massage on performance and recovery: a systematic review and meta-analysis. BMJ Open Sport Exerc Med, 2020',
    url: 'https://bmjopensem.bmj.com/content/6/1/e000614',
  },

  sorenessMeta: {
    title: 'Guo J et al. Massage alleviates delayed onset muscle soreness after strenuous exercise: a systematic review and meta-analysis. Front Physiol, 2017',
    url: 'https://www.frontiersin.org/articles/10.3389/fphys.2017.00747/full',
  },

  lacticAcidStudy: {
    title: 'Wiltshire EV et al. Massage impairs postexercise muscle blood flow and "lactic acid" removal. Med Sci Sports Exerc, 2010',
    url: 'https://journals.lww.com/acsm-msse/Fulltext/2010/06000/Massage_Impairs_Postexercise_Muscle_Blood_Flow_and.4.aspx',
  },

  foamRollingPerformance: {
    title: 'Wiewelhove T et al. A meta-analysis of the effects of foam rolling on performance and recovery. Front Physiol, 2019',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6465761',
  },

  foamRollingRange: {
    title:
      'Wilke J et al. Acute effects of foam rolling on range of motion in healthy adults: a systematic review with multilevel meta-analysis. Sports Med, 2020',
    url: 'https://link.springer.com/article/10.1007/s40279-019-01205-7',
  },

  foamRollingTraining: {
    title: 'Konrad A et al. Foam rolling training effects on range of motion: a systematic review and meta-analysis. Sports Med, 2022',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9474417/',
  },

  // Knee

  kneeMassageTrial: {
    title: 'Perlman A et al. Efficacy and safety of massage for osteoarthritis of the knee: a randomized clinical trial. J Gen Intern Med, 2019',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6420526',
  },

  kneeGuidelineMassage: {
    title: 'American Academy of Orthopaedic Surgeons: Management of osteoarthritis of the knee (non-arthroplasty), massage recommendation',
    url: 'https://www.orthoguidelines.org/guideline-detail?id=1650&tab=by_strength',
  },

  // Feet and reflexology

  plantarFasciitisReview: {
    title: 'Fraser JJ et al. Does manual therapy improve pain and function in patients with plantar fasciitis? A systematic review. J Man Manip Ther, 2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5901427',
  },

  plantarHeelPainReview: {
    title: 'Systematic review: manual therapy for the treatment of plantar heel pain. J Man Manip Ther',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5539575',
  },

  reflexologyReview: {
    title: 'Ernst E. Is reflexology an effective intervention? A systematic review of randomised controlled trials. Med J Aust, 2009 (summary)',
    url: 'https://www.ncbi.nlm.nih.gov/pubmedhealth/PMH0028405/',
  },

  reflexologyPhysiologyReview: {
    title:
      'McCullough JEM et al. The physiological and biochemical outcomes associated with a reflexology treatment: a systematic review. Evid Based Complement Alternat Med, 2014',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4026838',
  },

  cancerResearchUkReflexology: {
    title: 'Cancer Research UK: Reflexology',
    url: 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/complementary-alternative-therapies/individual-therapies/reflexology',
  },

  reflexologyCautionsMinnesota: {
    title: 'University of Minnesota, Taking Charge of Your Health and Wellbeing: When to avoid reflexology',
    url: 'http://takingcharge.csh.umn.edu/explore-healing-practices/reflexology/are-there-times-when-i-shouldn-t-have-reflexology',
  },

  reflexologyCautionsIllinois: {
    title: 'Reflexology Association of Illinois: Conditions when reflexology is not a good idea',
    url: 'https://reflexillinois.org/6-are-there-any-conditions-when-having-reflexology-is-not-a-good-idea/',
  },
} satisfies Record<string, Source>;

export type SourceKey = keyof typeof sources;
