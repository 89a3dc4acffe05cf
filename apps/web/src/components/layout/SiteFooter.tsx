import type { Clinic, SiteSettings } from '@clinic/content';
import { ClinicAddress } from '../ClinicCard.tsx';
import { CallLink } from '../cta/CallLink.tsx';

export function SiteFooter({ settings, clinic, siteName }: { settings: SiteSettings | null; clinic: Clinic | null; siteName: string }) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div>
          <p className="site-footer__name">{clinic?.name ?? siteName}</p>
          {clinic ? <ClinicAddress address={clinic.address} /> : null}
          <CallLink phone={clinic?.phone ?? null} label="Phone:" className="site-footer__link" />
        </div>
        <nav aria-label="Footer">
          <ul className="plain-list">
            <li>
              <a href="/articles">Articles</a>
            </li>
            <li>
              <a href="/benefits">Benefits &amp; evidence</a>
            </li>
            <li>
              <a href="/contact">Contact</a>
            </li>
            <li>
              <a href="/feed.xml">RSS feed</a>
            </li>
          </ul>
        </nav>
        <div className="site-footer__notes">
          {settings?.medicalDisclaimer ? <p>{settings.medicalDisclaimer}</p> : null}
          <p>
            In a crisis, call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline) or call <a href="tel:911">911</a>.
          </p>
        </div>
      </div>
    </footer>
  );
}
