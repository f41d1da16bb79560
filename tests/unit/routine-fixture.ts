import type { ContentPack, RoutinePack } from '@bodymap/core';
import { fixtureContent } from './fixture.ts';

const source = { title: 'A trial of self-massage', url: 'https://example.org/trial', kind: 'trial' } as const;

/** A routine over the fixture atlas: the head (front view), the upper back (back view, loaded on demand), the left arm. */
export const fixtureRoutines: RoutinePack = {
  strings: {
    stepOf: 'Step {step} of {count}',
    previous: 'Previous step',
    next: 'Next step',
    start: 'Start timer',
    pause: 'Pause timer',
    started: 'Timer started: {region}',
    ended: 'Time is up: {region}',
    pressure: 'Pressure',
    duration: 'Duration',
    cautions: 'Take care',
  },
  routines: {
    'test-routine': {
      id: 'test-routine',
      title: 'A short routine',
      summary: 'Three steps from the head to the arm.',
      evidence: 'mixed',
      evidenceNote: 'Small trials found it eased tension for a while; none beat a sham.',
      sources: [source],
      cautions: [{ text: 'Stop if it hurts.', kind: 'take-care' }],
      steps: [
        { region: 'head', technique: 'self-massage', howTo: 'Small circles at the temples.', pressure: 2, duration: 30, cautions: ['Keep it gentle.'] },
        { region: 'upper-back', technique: 'trigger-point', howTo: 'Press and hold a tender spot.', pressure: 3, duration: 60, cautions: [] },
        { region: 'arm-left', technique: 'swedish', howTo: 'Long strokes towards the shoulder.', pressure: 2, duration: 45, cautions: [] },
      ],
    },
  },
};

/** The fixture pack with its routines, given at once (`routines`) or loaded on demand. */
export const routineContent = (routines: ContentPack['routines'] = fixtureRoutines): ContentPack => ({ ...fixtureContent, routines });
