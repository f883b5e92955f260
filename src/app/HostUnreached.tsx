/**
 * The pages shown while a framed Tandem waits for its host, and when the host never answers. Plain
 * elements: they come before any theme (Fluent's provider lives in the modes).
 */
import { useEffect, useState } from 'react';

const page = { padding: 24, fontFamily: 'system-ui, sans-serif', lineHeight: 1.5 } as const;
const button = { minHeight: 44, padding: '0 16px', marginRight: 12, marginTop: 8 } as const;

/** "Connecting to Microsoft Teams…", then how long it has been once it is slow. */
export function ConnectingToHost() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p style={page} role="status">
      Connecting to Microsoft Teams…
      {seconds >= 5 && ` Teams is taking a while to answer (${seconds} s); still waiting.`}
    </p>
  );
}

/**
 * Framed, but no Teams host answered: say so and let the user choose. Falling back to this
 * browser's storage without asking would keep a team's work where the team cannot see it.
 */
export function HostUnreached({ onLocal }: { readonly onLocal: () => void }) {
  return (
    <main style={page}>
      <h1 style={{ fontSize: 20 }}>Tandem could not connect to Microsoft Teams</h1>
      <p>
        The page that shows Tandem did not answer as Teams does, so Tandem cannot reach the team’s
        SharePoint lists. Reload the tab to try again. If you are not in Teams, you can use Tandem
        in this browser only: what you enter then stays on this device, not with your team.
      </p>
      <button type="button" style={button} onClick={() => location.reload()}>
        Try again
      </button>
      <button type="button" style={button} onClick={onLocal}>
        Use Tandem in this browser only
      </button>
    </main>
  );
}
