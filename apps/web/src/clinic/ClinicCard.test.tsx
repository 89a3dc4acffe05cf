import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { clinic } from '@/test/fixtures';
import { ClinicCard } from './ClinicCard.tsx';

describe('ClinicCard', () => {
  it('shows the address, the formatted number and opening hours in 12-hour time', () => {
    const withHours = { ...clinic, email: null, openingHours: [{ days: ['Monday' as const, 'Tuesday' as const], opens: '09:00', closes: '17:30' }] };
    render(<ClinicCard clinic={withHours} />);
    expect(screen.getByRole('heading', { name: 'Propel Therapeutics' })).toBeTruthy();
    expect(screen.getByRole('definition').textContent).toBe('(916) 915-9215');
    expect(screen.getByText('Monday, Tuesday: 9:00 AM – 5:30 PM')).toBeTruthy();
    expect(document.querySelector('address')?.textContent).toBe('1000 Example StreetSacramento, CA 95814');
  });

  it('states no hours when the record has none (they are never invented)', () => {
    render(<ClinicCard clinic={clinic} />);
    expect(screen.queryByRole('heading', { name: 'Opening hours' })).toBeNull();
  });

  it('links the website only when it is an https URL', () => {
    const { rerender } = render(<ClinicCard clinic={{ ...clinic, website: 'https://www.example.com/' }} />);
    expect(screen.getByRole('link', { name: 'example.com' }).getAttribute('rel')).toBe('noopener noreferrer');
    rerender(<ClinicCard clinic={{ ...clinic, website: 'javascript:alert(1)' }} />);
    expect(screen.queryByText(/javascript/)).toBeNull();
    expect(screen.queryByRole('term', { name: 'Website' })).toBeNull();
  });

  it('leaves out a missing phone entirely: no number, no call button', () => {
    const { container } = render(<ClinicCard clinic={{ ...clinic, phone: null }} />);
    expect(container.querySelector('a[href^="tel:"]')).toBeNull();
    expect(container.textContent).not.toContain('Phone');
  });

  it("shows what a visit involves and what it costs only in the clinic's own words, and nothing when they are empty", () => {
    const { container, rerender } = render(<ClinicCard clinic={clinic} />);
    expect(screen.queryByRole('heading', { name: 'What a visit involves' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Costs, payment and insurance' })).toBeNull();
    const visit = 'A nurse stays with you for the whole infusion.';
    const payment = 'We send a superbill for out-of-network claims.';
    rerender(<ClinicCard clinic={{ ...clinic, visitDescription: visit, paymentInformation: payment }} />);
    expect(container.querySelector('.clinic__visit')?.textContent).toBe(`What a visit involves${visit}`);
    expect(container.querySelector('.clinic__payment')?.textContent).toBe(`Costs, payment and insurance${payment}`);
  });
});
