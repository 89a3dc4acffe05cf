import { BenefitsView, benefitsMetadata } from '@/views/BenefitsView';

export const metadata = benefitsMetadata('es');

export default function BenefitsPage() {
  return <BenefitsView locale="es" />;
}
