import { useEffect, useState } from 'react';
import { decodeShare, encodeShare, type SweepDraft } from '../runs/share';
import type { FormState } from '../model/form';

/** Parameters of the page that are not part of the form, kept when the form rewrites the URL. */
const PAGE_KEYS = ['backend'];

/**
 * The training form, mirrored in the URL so a link restores it. Bad or unknown link
 * parameters are ignored and listed as warnings.
 */
export function useSharedForm() {
  const [initial] = useState(() => decodeShare(location.search));
  const [form, setForm] = useState<FormState>(initial.form);
  const [sweep, setSweep] = useState<SweepDraft | undefined>(initial.sweep);

  useEffect(() => {
    const params = new URLSearchParams(encodeShare(form, sweep));
    const current = new URLSearchParams(location.search);
    for (const key of PAGE_KEYS) {
      const value = current.get(key);
      if (value !== null) params.set(key, value);
    }
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }, [form, sweep]);

  return { form, setForm, sweep, setSweep, shareWarnings: initial.warnings };
}
