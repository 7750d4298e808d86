/**
 * The honeypot: a field invisible and unreachable for people (hidden by CSS, out of the tab order,
 * hidden from assistive technology), tempting for simple bots. The server treats a filled-in
 * "website" as a bot and answers neutrally.
 */
export function Honingpot({ label }: { label: string }) {
  return (
    <div className="honingpot" aria-hidden="true">
      <label htmlFor="website">{label}</label>
      <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
