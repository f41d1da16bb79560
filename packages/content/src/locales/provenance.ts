import type { ContentProvenance } from '@bodymap/core';

/**
 * The bundled content's own version and history, shared by every locale. `reviewed` is the date of
 * the last editorial review against the sources; the pack has had no clinical review (see the
 * Content docs for how a clinic records its own).
 */
export const provenance = {
  version: '3',
  reviewed: '2026-12-02',
  changelog: [
    {
      version: '3',
      date: '2026-12-02',
      changes: [
        'Grades say no more than their sources: the skull base\'s anxiety item, the thoracic spine\'s, upper back\'s and hip\'s foam rolling, the lower back\'s mood item and the upper back\'s anxiety trial (47 people, a proof-of-concept study) are mixed evidence; the shoulder\'s tender-spot item is a finding, since one of its reviews found palpation unreliable.',
        'Results that found no benefit are findings: sham-controlled headache trials, the neck\'s Cochrane review, tennis elbow friction, COPD, migraine, rolling programmes and myofascial stretching of the thigh; items that found a benefit and no effect on something else are split into a benefit and a finding (neck, shoulder, belly, upper arm, forearm, shin, foot and sole zones, reflexology points).',
        'Safety cautions cite guideline bodies and health services: NICE CG150 for headache red flags, NICE NG59 and the NHS for back-pain red flags, an NHS trust\'s cauda equina leaflet, IWGDF 2023 and NICE NG19 for diabetic feet, the NHS and HSE for lying flat in pregnancy (now from about 16 weeks), NHS inform for clots and the NHS for belly pain and shin splints.',
        'Mirrors, aggregators and retired pages are replaced by DOI, PubMed, registry or publisher addresses, among them the retired NCCAM backgrounder (now NCCIH), the retired PubMed Health reflexology review (now Ernst 2009 by DOI) and the AMBER trial (ISRCTN85007023); titles name their authors and are no longer paraphrased.',
        'New cautions: blood thinners and bleeding disorders, clot risk factors on the calf, osteoporosis on the spine, an unstable neck, an aortic aneurysm, varicose veins and recent hip or knee surgery on the thigh, a dialysis fistula, lymphoedema, and pregnancy on every zone of the sole; every caution has a kind, and emergencies are labelled as such.',
        'The panel\'s note is the full disclaimer: no diagnosis or treatment, modest effects, traditional claims, and who should ask first.',
        'Captions on the soles say they are chart labels ("Heart (chart)").',
        'Spanish says what the English says: hedges the English lacks are gone, wording is clearer (a hand-width, the area beside the throat, toes bent up towards the shin, the buttocks) and Spain-only words are replaced; the descriptions in source titles are translated.',
      ],
    },
    {
      version: '2',
      date: '2026-12-02',
      changes: [
        'Results that found no benefit, or the opposite, are findings rather than benefits: the calf\'s "did not improve speed, strength or endurance" and the thigh\'s lactic acid; the reflexology points\' evidence card gives each result\'s direction in place of an evidence level.',
        'Every source says what kind of work it is: guideline, systematic review, trial, study, health information, practice description or traditional chart.',
      ],
    },
    {
      version: '1',
      date: '2026-11-20',
      changes: ['First edition: 28 regional panels and 25 reflexology chart points, in English and Spanish.'],
    },
  ],
} satisfies ContentProvenance;
