import { findRegion, formatString, markOf, maxIntensity, maxNoteLength, minIntensity, painQualities, toSvgString, type BodyMapMark, type PainQuality, type ViewId } from '@bodymap/core';
import { forwardRef, useEffect, useLayoutEffect, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { focusRegionElement, useBodyMapContext, useBodyMapState } from './context.js';
import { partClass } from './part-class.js';
import { setRef } from './set-ref.js';

// Intake mode's own parts, loaded only once a map is in intake mode (see intake-parts.tsx).

/** Intake mode's words, in the locale shown: these parts render only once they are here. */
const useWords = () => useBodyMapState((state) => state.intakeStrings!);

/** A button's visible words from its name's template: "Edit {region}" shows "Edit" and is named "Edit Left shoulder". */
const shortName = (template: string) => formatString(template, { region: '' }).replace(/\s+/g, ' ').trim();

/** How large a region must be drawn, in CSS pixels across its narrower side, for its number to fit. */
const numberRoom = 18;

export const MarkNumbers = forwardRef<SVGGElement, ComponentPropsWithoutRef<'g'>>(function MarkNumbers({ className, ...groupProps }, forwardedRef) {
  const value = useBodyMapState((state) => state.value);
  const geometry = useBodyMapState((state) => state.geometry);
  // The marks whose number fits at this zoom, as one string: zooming re-renders this part only when one appears or goes.
  const fitting = useBodyMapState((state) =>
    state.value
      .filter((mark) => {
        const place = state.geometry?.placeOf.get(mark.region);
        // A hotspot's target is the same size at every zoom, and its number always fits in it.
        return place !== undefined && (place.bounds.width === 0 || Math.min(place.bounds.width, place.bounds.height) * state.scale >= numberRoom);
      })
      .map((mark) => mark.region)
      .join(' '),
  ).split(' ');
  return (
    <g ref={forwardedRef} aria-hidden="true" className={partClass('bodymap-mark-numbers', className)} {...groupProps}>
      {value.map((mark) => {
        const place = geometry?.placeOf.get(mark.region);
        return place === undefined || !fitting.includes(mark.region) ? null : (
          <g key={mark.region} transform={`translate(${place.point[0]},${place.point[1]})`} data-intensity={mark.intensity}>
            <g className="bodymap-constant-size">
              <text className="bodymap-mark-number" textAnchor="middle" dy="0.35em">
                {mark.intensity}
              </text>
            </g>
          </g>
        );
      })}
    </g>
  );
});

/**
 * The marked views as pictures, for the printed page only (see the print styles): the front and the
 * back always, the soles when a mark is drawn only there. The same standalone SVG a record gets
 * from `toSvgString`, made again after each change, so that it is ready when the page is printed.
 */
function PrintedFigures() {
  const { controller } = useBodyMapContext('BodyMap.MarkList');
  const value = useBodyMapState((state) => state.value);
  const content = useBodyMapState((state) => state.content);
  const words = useWords();
  const [figures, setFigures] = useState<readonly { view: ViewId; src: string }[]>([]);
  useEffect(() => {
    const { atlas } = controller;
    const soles = value.some((mark) => findRegion(atlas.regions, mark.region)?.views.every((view) => view === 'soles'));
    const views: readonly ViewId[] = soles ? ['front', 'back', 'soles'] : ['front', 'back'];
    let current = true;
    Promise.all(
      views.map(async (view) => ({
        view,
        src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await toSvgString(value, { atlas, view, locale: content }))}`,
      })),
    ).then(
      (made) => current && setFigures(made),
      // A view that cannot load leaves the printed page with the list alone, which says it all too.
      () => current && setFigures([]),
    );
    return () => {
      current = false;
    };
  }, [controller, value, content]);
  return (
    <div className="bodymap-printed-figures">
      {figures.map(({ view, src }) => (
        <img key={view} src={src} alt={formatString(words.figure, { view: content.strings.views[view] })} />
      ))}
    </div>
  );
}

export const MarkList = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function MarkList({ className, ...divProps }, forwardedRef) {
  const { controller, openedWith, ids } = useBodyMapContext('BodyMap.MarkList');
  const value = useBodyMapState((state) => state.value);
  const intake = useWords();
  const labels = useBodyMapState((state) => state.content.labels);
  const listRef = useRef<HTMLDivElement | null>(null);
  const titleId = `${ids.base}-marks`;
  const remove = (mark: BodyMapMark, index: number) => {
    controller.removeMark(mark.region);
    // Focus stays in the list: on the next mark's remove button, or the list's title once it is empty.
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('.bodymap-mark-remove');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    (next ?? listRef.current?.querySelector<HTMLElement>('.bodymap-mark-list-title'))?.focus();
  };
  return (
    <div
      ref={(node) => {
        listRef.current = node;
        setRef(forwardedRef, node);
      }}
      className={partClass('bodymap-mark-list', className)}
      {...divProps}
    >
      {value.length > 0 && <PrintedFigures />}
      <p id={titleId} className="bodymap-mark-list-title" tabIndex={-1}>
        {intake.list}
      </p>
      {value.length === 0 ? (
        <p className="bodymap-mark-list-empty">{intake.empty}</p>
      ) : (
        <ul aria-labelledby={titleId}>
          {value.map((mark, index) => {
            const name = labels[mark.region] ?? mark.region;
            return (
              <li key={mark.region} data-region={mark.region} data-intensity={mark.intensity}>
                <span className="bodymap-mark-swatch" aria-hidden="true">
                  {mark.intensity}
                </span>
                <span className="bodymap-mark-summary">
                  <span className="bodymap-mark-name">{name}</span>{' '}
                  <span className="bodymap-mark-pain">{formatString(intake.pain, { intensity: String(mark.intensity) })}</span>
                  {mark.qualities.length > 0 && (
                    <span className="bodymap-mark-qualities">{mark.qualities.map((quality) => intake.painQualities[quality]).join(', ')}</span>
                  )}
                  {mark.note !== '' && <span className="bodymap-mark-note">{mark.note}</span>}
                </span>
                <span className="bodymap-mark-actions">
                  <button
                    type="button"
                    className="bodymap-button bodymap-mark-edit"
                    aria-label={formatString(intake.edit, { region: name })}
                    onClick={() => {
                      // From the list, the editor takes the focus, as a key opens a panel.
                      openedWith.setState('keyboard');
                      controller.select(mark.region);
                    }}
                  >
                    {shortName(intake.edit)}
                  </button>
                  <button
                    type="button"
                    className="bodymap-button bodymap-mark-remove"
                    aria-label={formatString(intake.remove, { region: name })}
                    onClick={() => remove(mark, index)}
                  >
                    {shortName(intake.remove)}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});

export const MarkEditor = forwardRef<HTMLDivElement, object>(function MarkEditor(_props, forwardedRef) {
  const { controller, svgRef, ids } = useBodyMapContext('BodyMap.MarkEditor');
  // The panel's region is the selected one; read from the map, so that this code, loaded on its
  // own, shares nothing with the panel's chunk but the map's context.
  const region = useBodyMapState((state) => state.selectedRegion);
  const mark = useBodyMapState((state) => (region === null ? undefined : markOf(state.value, region)));
  const intake = useWords();
  const name = useBodyMapState((state) => (region === null ? '' : (state.content.labels[region] ?? region)));
  if (region === null || !mark) {
    return null;
  }
  const sliderId = `${ids.base}-intensity`;
  const hintId = `${sliderId}-hint`;
  const toggleQuality = (quality: PainQuality, on: boolean) =>
    controller.setMark(region, { qualities: on ? [...mark.qualities, quality] : mark.qualities.filter((known) => known !== quality) });
  return (
    <div ref={forwardedRef} className="bodymap-mark-editor" data-intensity={mark.intensity}>
      {/* `htmlFor`, as the `<output>` inside is labelable too and would take the label. */}
      <label className="bodymap-mark-field" htmlFor={sliderId}>
        <span className="bodymap-mark-label">
          {intake.intensity}
          <output className="bodymap-mark-intensity" aria-hidden="true">
            {mark.intensity}
          </output>
        </span>
        <input
          id={sliderId}
          type="range"
          className="bodymap-mark-slider"
          min={minIntensity}
          max={maxIntensity}
          step={1}
          value={mark.intensity}
          aria-valuetext={formatString(intake.pain, { intensity: String(mark.intensity) })}
          aria-describedby={hintId}
          onChange={(event) => controller.setMark(region, { intensity: Number(event.currentTarget.value) })}
        />
      </label>
      <p id={hintId} className="bodymap-mark-hint">
        {intake.intensityHint}
      </p>
      <fieldset className="bodymap-mark-field bodymap-mark-quality-choices">
        <legend className="bodymap-mark-label">{intake.qualities}</legend>
        {painQualities.map((quality) => (
          <label key={quality} className="bodymap-chip">
            <input type="checkbox" checked={mark.qualities.includes(quality)} onChange={(event) => toggleQuality(quality, event.currentTarget.checked)} />
            {intake.painQualities[quality]}
          </label>
        ))}
      </fieldset>
      <label className="bodymap-mark-field">
        <span className="bodymap-mark-label">{intake.note}</span>
        <textarea
          className="bodymap-mark-note-field"
          rows={2}
          maxLength={maxNoteLength}
          value={mark.note}
          onChange={(event) => controller.setMark(region, { note: event.currentTarget.value })}
        />
      </label>
      <button
        type="button"
        className="bodymap-button bodymap-mark-remove"
        aria-label={formatString(intake.remove, { region: name })}
        onClick={() => {
          controller.removeMark(region);
          focusRegionElement(svgRef.current, region);
        }}
      >
        {shortName(intake.remove)}
      </button>
    </div>
  );
});

export interface FormFieldProps {
  /** The form field's name: the form's data carries the marks as JSON under it. */
  name: string;
  /** The id of a form the field belongs to, when the map is not inside it. */
  form?: string | undefined;
}

/**
 * The marks as a form field: an input the person never sees or reaches, holding the value as JSON,
 * which takes part in the form's validation (`required`, `min`, `max`) and reset. A stopped
 * submission shows the map's own message and moves focus to the figure, in place of the browser's
 * bubble over an input nobody can see.
 */
export const FormField = forwardRef<HTMLInputElement, FormFieldProps>(function FormField({ name, form }, forwardedRef) {
  const { controller, svgRef } = useBodyMapContext('BodyMap.FormField');
  const json = useBodyMapState((state) => JSON.stringify(state.value));
  const message = useBodyMapState((state) => state.validationMessage);
  const ref = useRef<HTMLInputElement | null>(null);
  useLayoutEffect(() => {
    const input = ref.current;
    if (input) {
      input.value = json;
      input.setCustomValidity(message);
    }
  }, [json, message]);
  useEffect(() => {
    const input = ref.current;
    const owner = input?.form;
    if (!input) {
      return undefined;
    }
    const invalid = (event: Event) => {
      event.preventDefault();
      controller.reportValidity();
      focusRegionElement(svgRef.current, controller.getState().tabStop);
    };
    const reset = () => controller.resetValue();
    input.addEventListener('invalid', invalid);
    owner?.addEventListener('reset', reset);
    return () => {
      input.removeEventListener('invalid', invalid);
      owner?.removeEventListener('reset', reset);
    };
  }, [controller, svgRef, form]);
  // Not `type="hidden"` nor read-only: either would leave the field out of the form's validation.
  return (
    <input
      ref={(node) => {
        ref.current = node;
        setRef(forwardedRef, node);
      }}
      className="bodymap-form-field"
      name={name}
      form={form}
      defaultValue={json}
      tabIndex={-1}
      aria-hidden="true"
    />
  );
});

export const ValidationMessage = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(function ValidationMessage(
  { className, ...paragraphProps },
  forwardedRef,
) {
  const { ids } = useBodyMapContext('BodyMap.ValidationMessage');
  const shown = useBodyMapState((state) => state.validationShown);
  const message = useBodyMapState((state) => state.validationMessage);
  return shown ? (
    <p ref={forwardedRef} id={ids.validation} className={partClass('bodymap-validation', className)} {...paragraphProps}>
      {message}
    </p>
  ) : null;
});

export const Instructions = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(function Instructions({ className, ...paragraphProps }, forwardedRef) {
  const text = useWords().instructions;
  return (
    <p ref={forwardedRef} className={partClass('bodymap-instructions', className)} {...paragraphProps}>
      {text}
    </p>
  );
});
