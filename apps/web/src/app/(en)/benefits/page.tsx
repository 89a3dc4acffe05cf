import { BenefitsView, benefitsMetadata } from '@/benefit/BenefitsView';

export const metadata = benefitsMetadata('en');

export default function BenefitsPage() {
  return <BenefitsView locale="en" />;
}
