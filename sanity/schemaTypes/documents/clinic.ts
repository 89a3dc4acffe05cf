// A clinic contact record. Marketing edits it here once; every call to action on the site follows the clinic
// chosen in Site settings → Primary clinic, the only field that decides which clinic that is.
import { formatPhoneForDisplay, isValidE164 } from '@clinic/content/phone';
import { PinIcon } from '@sanity/icons/Pin';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { normalizePhone } from '@clinic/content/rules';
import { normalizedStringInput } from '../../form/NormalizedStringInput.tsx';
import { email, httpsUrl, listOfTexts, requiredPhone, requiredText } from '../shared/rules.ts';
import { MapPositionInput } from '../../form/MapPositionInput.tsx';

export const clinic = defineType({
  name: 'clinic',
  title: 'Clinic',
  type: 'document',
  icon: PinIcon,
  description: "A clinic's contact details. Which clinic the site's calls to action use is chosen in Site settings → Primary clinic.",
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: requiredText("Enter the clinic's name as patients know it"),
    }),
    defineField({
      name: 'phone',
      title: 'Phone',
      type: 'string',
      description:
        'Type it as usual, e.g. (916) 915-9215: it is stored in international format (+19169159215), which every call button needs. Every call button uses the number of the clinic chosen in Site settings → Primary clinic.',
      components: { input: normalizedStringInput(normalizePhone) },
      validation: requiredPhone,
    }),
    defineField({
      name: 'email',
      title: 'E-mail',
      type: 'string',
      validation: email,
    }),
    defineField({ name: 'website', title: 'Website', type: 'url', validation: httpsUrl }),
    defineField({
      name: 'address',
      title: 'Address',
      type: 'address',
      validation: (rule) => rule.required().error("Enter the clinic's address"),
    }),
    defineField({
      name: 'geo',
      title: 'Map position',
      type: 'geopoint',
      components: { input: MapPositionInput },
    }),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      type: 'array',
      of: [defineArrayMember({ type: 'openingHours', title: 'Row' })],
      description: 'Only enter hours the clinic has confirmed.',
    }),
    defineField({
      name: 'bookingUrl',
      title: 'Booking link',
      type: 'url',
      description: "The clinic's own booking page (https).",
      validation: httpsUrl,
    }),
    defineField({
      name: 'mapUrl',
      title: 'Map link',
      type: 'url',
      description: 'Leave empty and the site builds a directions link from the address.',
      validation: httpsUrl,
    }),
    defineField({
      name: 'services',
      title: 'Services',
      type: 'array',
      of: [defineArrayMember({ type: 'string', title: 'Service' })],
      options: { layout: 'tags' },
      validation: listOfTexts('Remove the empty service'),
    }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
    // What only the clinic can say. Articles stay general; the site adds these where visitors plan a visit, and
    // reads well without them, so leave a field empty rather than guess.
    defineField({
      name: 'visitDescription',
      title: 'What a visit involves',
      type: 'text',
      rows: 4,
      description:
        'Your own words on how a treatment visit runs here: who is present, how long it takes, what to bring. Leave empty until the clinic has confirmed it.',
      validation: (rule) => rule.max(800).error('Keep this to 800 characters or fewer'),
    }),
    defineField({
      name: 'paymentInformation',
      title: 'Costs, payment and insurance',
      type: 'text',
      rows: 4,
      description:
        'Prices, payment options and the insurance plans the clinic works with, as the clinic states them. Leave empty until confirmed.',
      validation: (rule) => rule.max(800).error('Keep this to 800 characters or fewer'),
    }),
  ],
  preview: {
    select: { name: 'name', phone: 'phone', city: 'address.addressLocality' },
    prepare: ({ name, phone, city }: Record<string, unknown>) => ({
      title: typeof name === 'string' ? name : 'Unnamed clinic',
      subtitle: [
        isValidE164(phone) ? formatPhoneForDisplay(phone) : 'Phone needs fixing',
        typeof city === 'string' ? city : null,
      ]
        .filter(Boolean)
        .join(' · '),
    }),
  },
});
