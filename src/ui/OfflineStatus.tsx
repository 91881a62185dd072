import { useEffect, useState } from 'react';
import { watchOffline, type OfflineStatus as Status } from '../offline/register';

const MESSAGES: Record<Exclude<Status['state'], 'update' | 'error'>, string> = {
  dev: 'Offline use is on in the built app only (npm run build).',
  unsupported: 'This browser cannot keep the lab for offline use.',
  saving: 'Saving the app and the dataset for offline use…',
  saved: 'Available offline: the app and the dataset are saved in this browser.',
};

/**
 * Whether the lab works without a network, and a newer version to switch to. Shown once the
 * dataset has loaded: only then does it register the service worker (see watchOffline).
 */
export function OfflineStatus() {
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => watchOffline(setStatus), []);
  if (!status) return null;
  return (
    <p role="status" className={status.state === 'error' ? 'hint warning' : 'hint'}>
      {status.state === 'update' ? (
        <>
          A new version of the lab is saved.{' '}
          <button type="button" onClick={status.apply}>
            Reload to use it
          </button>
        </>
      ) : status.state === 'error' ? (
        `Could not save the lab for offline use: ${status.message}`
      ) : (
        MESSAGES[status.state]
      )}
    </p>
  );
}
