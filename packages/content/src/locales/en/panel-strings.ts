import type { PanelStrings } from '@bodymap/core';

/** What English panels, the glossary and routines say besides their own text, down to the disclaimer they end with. */
export const panelStrings: PanelStrings = {
  claim: {
    heading: 'Traditional claim',
    notice:
      'Reflexology charts link this spot to part of the body by tradition, not anatomy, and research has not shown that the link is real.',
    location: 'Where on the sole',
    association: 'Charts link it to',
  },
  benefits: 'Benefits',
  findings: 'What research found',
  directions: {
    positive: 'Found a benefit',
    'no-effect': 'Found no benefit',
    negative: 'Found the opposite',
    unclear: 'Unclear result',
  },
  sourceKinds: {
    guideline: 'Guideline',
    'systematic-review': 'Systematic review',
    trial: 'Trial',
    study: 'Study',
    'health-information': 'Health information',
    practice: 'Practice description',
    'traditional-chart': 'Traditional chart',
  },
  reviewedBy: 'Reviewed by: {role}',
  techniques: 'Techniques',
  cautions: 'Cautions',
  emergency: 'Emergency',
  sources: 'Sources',
  sourcesFor: 'Sources for: {text}',
  muscles: { action: 'What it does', tension: 'Where tension is felt', deep: 'A deep muscle: others lie over it, so it is reached through them.', inArea: 'Muscles here' },
  evidence: {
    'research-supported': 'Research-supported',
    mixed: 'Mixed evidence',
    traditional: 'Traditional claim',
  },
  fit: {
    good: 'Good fit',
    care: 'Use with care',
    avoid: 'Not advised',
  },
  glossary: {
    about: 'About {technique}',
    pressure: 'Pressure',
    pressureRange: '{min} to {max} on a scale of 1 (feather-light) to 5 (deep)',
    duration: 'Typical duration',
    evidence: 'What research shows',
  },
  techniqueNames: {
    swedish: 'Swedish massage',
    'deep-tissue': 'Deep-tissue massage',
    'trigger-point': 'Trigger-point therapy',
    'myofascial-release': 'Myofascial release',
    sports: 'Sports massage',
    reflexology: 'Reflexology',
    'self-massage': 'Self-massage',
  },
  disclaimer:
    'General information about massage, not medical advice: it cannot diagnose or treat anything. Most effects of massage are modest and brief, and some points, such as every reflexology chart, are tradition rather than science; each says which. Ask a health professional first if you take blood thinners, have a bleeding disorder or a clot, are pregnant, or have cancer, osteoporosis, diabetes in your feet, a recent injury or operation, or symptoms that worry you. Stop if anything causes sharp or spreading pain, numbness or dizziness, and get urgent help for the warning signs in these panels.',
};
