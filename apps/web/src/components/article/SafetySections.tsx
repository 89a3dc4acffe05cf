/** Risks and contraindications, shown on every article next to any benefit it discusses. */
export function RisksSection({ risks }: { risks: string[] }) {
  if (risks.length === 0) return null;
  return (
    <section className="risks" id="risks" aria-labelledby="risks-heading">
      <h2 id="risks-heading">Risks and contraindications</h2>
      <ul>
        {risks.map((risk) => (
          <li key={risk}>{risk}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The crisis notice: text from the site settings, plus the two numbers every US visitor in crisis needs, as
 * links (988 by call or text, 911). These numbers are national services, not clinic data.
 */
export function CrisisNotice({ text }: { text: string | null }) {
  return (
    <aside className="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" className="crisis__heading">
        If you are in crisis
      </h2>
      {text ? <p>{text}</p> : null}
      <p className="crisis__actions">
        <a href="tel:988">Call 988</a>
        <a href="sms:988">Text 988</a>
        <a href="tel:911">Call 911</a>
      </p>
    </aside>
  );
}

export function Disclaimer({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <aside className="disclaimer" aria-label="Medical disclaimer">
      <p>{text}</p>
    </aside>
  );
}

/** Points from benefit statements to the article on risks, so benefits are never read without them. */
export function RisksLink() {
  return <a href="/articles?topic=safety">Read about side effects, risks and who should not have ketamine.</a>;
}
