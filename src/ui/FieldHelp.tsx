import { useState, type ReactNode } from 'react';

/**
 * A field's label with a "?" that opens one line on what the setting does: a button, so it is
 * reachable by keyboard, and the line is read with the field (aria-describedby on the input).
 */
export function FieldLabel(props: {
  htmlFor: string;
  label: ReactNode;
  /** The help line, or undefined for a field without one. */
  help?: string;
  /** The id the help line gets, for the input's aria-describedby. */
  helpId: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <span className="field-label">
        <label htmlFor={props.htmlFor}>{props.label}</label>
        {props.help && (
          <button
            type="button"
            className="help-toggle"
            aria-expanded={open}
            aria-controls={props.helpId}
            // Not the field's name: getByLabel and screen readers would take it for the field.
            aria-label="Explain this setting"
            onClick={() => setOpen(!open)}
          >
            ?
          </button>
        )}
      </span>
      {props.help && (
        <p className="field-help" id={props.helpId} hidden={!open}>
          {props.help}
        </p>
      )}
    </>
  );
}
