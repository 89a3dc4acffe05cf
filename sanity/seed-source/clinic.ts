// The clinic record, exactly as the clinic's own material gives it. Hours, prices, staff, e-mail, map position
// and booking link are left out because that material does not state them.
export const clinic = {
  _id: 'clinic-propel-sacramento',
  _type: 'clinic',
  name: 'Propel Therapeutics',
  phone: '+19169159215',
  website: 'https://www.propeltherapeutics.com/',
  address: {
    _type: 'address',
    streetAddress: '1010 Hurley Way Suite 140',
    addressLocality: 'Sacramento',
    addressRegion: 'CA',
    postalCode: '95825',
    addressCountry: 'US',
  },
  services: ['Ketamine-assisted therapy'],
  description:
    'A Sacramento clinic offering ketamine-assisted therapy, with treatment guided by professionals trained in ketamine care and attention to each person.',
};
