import { BenefitsView, benefitsMetadata } from '@/benefit/BenefitsView';

export const metadata = benefitsMetadata('es');

export default function BenefitsPage() {
  return <BenefitsView locale="es" />;
}
