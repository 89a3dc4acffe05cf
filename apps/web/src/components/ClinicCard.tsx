import type { Clinic } from '@clinic/content';
import { isHttpsUrl } from '@clinic/content/urls';
import { ClinicActions } from './cta/ClinicActions.tsx';

/** "14:30" → "2:30 PM"; anything else is shown as stored (it has already been validated upstream). */
function formatTime(value: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const hours = Number(match[1]);
  const suffix = hours >= 12 ? 'PM' : 'AM';
  return `${hours % 12 === 0 ? 12 : hours % 12}:${match[2]} ${suffix}`;
}

export function ClinicAddress({ address }: { address: Clinic['address'] }) {
  if (!address) return null;
  return (
    <address className="clinic__address">
      {address.streetAddress}
      <br />
      {address.addressLocality}, {address.addressRegion} {address.postalCode}
    </address>
  );
}

/** One clinic record: everything a visitor needs to reach it, each part only when its value is valid. */
export function ClinicCard({
  clinic,
  headingLevel = 2,
  showDetails = true,
}: {
  clinic: Clinic;
  headingLevel?: 2 | 3;
  showDetails?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card clinic" aria-labelledby={`clinic-${clinic._id}`}>
      <Heading className="clinic__name" id={`clinic-${clinic._id}`}>
        {clinic.name}
      </Heading>
      {showDetails && clinic.description ? <p className="clinic__description">{clinic.description}</p> : null}
      <ClinicAddress address={clinic.address} />
      <dl className="clinic__facts">
        {clinic.phone ? (
          <>
            <dt>Phone</dt>
            <dd>{clinic.phone.display}</dd>
          </>
        ) : null}
        {clinic.email ? (
          <>
            <dt>E-mail</dt>
            <dd>{clinic.email}</dd>
          </>
        ) : null}
        {clinic.website && isHttpsUrl(clinic.website) ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={clinic.website} rel="noopener noreferrer">
                {new URL(clinic.website).host.replace(/^www\./, '')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {showDetails && clinic.openingHours.length > 0 ? (
        <div className="clinic__hours">
          <h3 className="clinic__subheading">Opening hours</h3>
          <ul className="plain-list">
            {clinic.openingHours.map((slot) => (
              <li key={`${slot.days.join('-')}-${slot.opens}`}>
                {slot.days.join(', ')}: {formatTime(slot.opens)} – {formatTime(slot.closes)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {showDetails && clinic.visitDescription ? (
        <div className="clinic__visit">
          <h3 className="clinic__subheading">What a visit involves</h3>
          <p>{clinic.visitDescription}</p>
        </div>
      ) : null}
      {showDetails && clinic.paymentInformation ? (
        <div className="clinic__payment">
          <h3 className="clinic__subheading">Costs, payment and insurance</h3>
          <p>{clinic.paymentInformation}</p>
        </div>
      ) : null}
      {showDetails && clinic.services.length > 0 ? (
        <div className="clinic__services">
          <h3 className="clinic__subheading">Services</h3>
          <ul>
            {clinic.services.map((service) => (
              <li key={service}>{service}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ClinicActions clinic={clinic} />
    </article>
  );
}
