import { useEffect, useRef, useState } from 'react';

interface RunNameProps {
  name: string;
  onRename(name: string): void;
}

/** A run's name with a Rename button that swaps in an inline text field. */
export function RunName({ name, onRename }: RunNameProps) {
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  // Set when the field closes by keyboard, so focus returns to where the person was.
  const refocus = useRef(false);

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      renameButton.current?.focus();
    }
  }, [editing]);

  if (editing) {
    return (
      <NameField
        name={name}
        onSave={onRename}
        onClose={(byKeyboard) => {
          refocus.current = byKeyboard;
          setEditing(false);
        }}
      />
    );
  }
  return (
    <span className="run-name">
      {/* Rendered as text: a name is whatever a person typed, never markup. */}
      <span>{name}</span>
      <button
        type="button"
        className="link-button"
        ref={renameButton}
        aria-label={`Rename ${name}`}
        onClick={() => setEditing(true)}
      >
        Rename
      </button>
    </span>
  );
}

interface NameFieldProps {
  name: string;
  onSave(name: string): void;
  onClose(byKeyboard: boolean): void;
}

/** Enter or leaving the field saves; Escape cancels; an empty name is not saved. */
function NameField({ name, onSave, onClose }: NameFieldProps) {
  const [draft, setDraft] = useState(name);
  // Enter closes the field, and the blur that follows must not save a second time.
  const closed = useRef(false);

  function close(save: boolean, byKeyboard: boolean) {
    if (closed.current) return;
    closed.current = true;
    const trimmed = draft.trim();
    if (save && trimmed !== '' && trimmed !== name) onSave(trimmed);
    onClose(byKeyboard);
  }

  return (
    <input
      type="text"
      className="run-name-input"
      aria-label={`Name of ${name}`}
      value={draft}
      autoFocus
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => close(true, false)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          close(true, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          close(false, true);
        }
      }}
    />
  );
}
