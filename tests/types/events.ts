// Compiled by `pnpm typecheck`: the element's events bubble and are composed, so a host listens on
// the document, the window or any ancestor, with the event's `detail` typed.
import type {} from '@bodymap/element';

document.addEventListener('regionselect', (event) => {
  const id: string | null = event.detail.id;
  const label: string | null = event.detail.label;
  // @ts-expect-error a region selection has no view
  console.log(id, label, event.detail.view);
});
window.addEventListener('viewchange', (event) => {
  const view: 'front' | 'back' | 'soles' = event.detail.view;
  console.log(view);
});
document.addEventListener('layerchange', (event) => {
  const layer: 'areas' | 'muscles' = event.detail.layer;
  console.log(layer);
});
document.body.addEventListener('regionselect', (event) => console.log(event.detail.label));
document.querySelector('body-map')?.addEventListener('viewchange', (event) => console.log(event.detail.view));

// In intake mode the element is a form field: its marks typed, set as marks or their JSON.
const intake = document.querySelector('body-map');
if (intake) {
  intake.addEventListener('change', () => console.log(intake.value.map((mark) => mark.intensity)));
  intake.value = '[{"region":"neck-left","intensity":4}]';
  intake.value = [{ region: 'neck-left', intensity: 4, qualities: ['stiff'], note: '' }];
  // @ts-expect-error the marks are an array or its JSON, not one mark
  intake.value = { region: 'neck-left', intensity: 4 };
  const valid: boolean = intake.checkValidity() && intake.validity.valid;
  const form: HTMLFormElement | null = intake.form;
  console.log(valid, form, intake.validationMessage, intake.required, intake.min);
}

// A routine's step, from 0, with the routine it belongs to.
document.addEventListener('routinestepchange', (event) => {
  const step: number = event.detail.step;
  const routine: string = event.detail.routine;
  // @ts-expect-error a routine's step has no region
  console.log(step, routine, event.detail.region);
});
const guided = document.querySelector('body-map');
if (guided) {
  guided.routine = 'tension-headache';
  const step: number | null = guided.routineStep;
  console.log(step);
}
