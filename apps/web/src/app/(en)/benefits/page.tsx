import { BenefitsView, benefitsMetadata } from '@/views/BenefitsView';

export const metadata = benefitsMetadata('en');

export default function BenefitsPage() {
  return <BenefitsView locale="en" />;
}
