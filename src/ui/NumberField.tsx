import { useId } from 'react';
import { FIELD_RULES, type NumericField } from '../model/config';
import { FieldLabel } from './FieldHelp';
import { FIELD_HELP } from './help';

/** A labelled number input for one config field, keeping bad text visible with its message. */
export function NumberField(props: {
  field: NumericField;
  value: string;
  error?: string;
  onChange(value: string): void;
}) {
  const id = useId();
  const rule = FIELD_RULES[props.field];
  return (
    <div className="field">
      <FieldLabel
        htmlFor={id}
        label={rule.label}
        help={FIELD_HELP[props.field]}
        helpId={`${id}-help`}
      />
      <input
        id={id}
        type="number"
        inputMode={rule.integer ? 'numeric' : 'decimal'}
        min={rule.min}
        max={rule.max}
        step={rule.integer ? 1 : 'any'}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error ${id}-help` : `${id}-help`}
        onChange={(event) => {
          // A number input reports "" for text it cannot parse; keep that visible as an error.
          const input = event.currentTarget;
          props.onChange(input.validity.badInput ? 'not a number' : input.value);
        }}
      />
      {props.error && (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
