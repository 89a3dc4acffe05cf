import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { clinic } from '@/test/fixtures';
import { CallLink } from './CallLink.tsx';
import { CallBar } from './CallBar.tsx';
import { ClinicActions } from './ClinicActions.tsx';
import { CallToAction } from './CallToAction.tsx';

describe('CallLink', () => {
  it('links the E.164 number and shows it formatted', () => {
    render(<CallLink phone={clinic.phone} />);
    const link = screen.getByRole('link', { name: /call \(916\) 915-9215/i });
    expect(link.getAttribute('href')).toBe('tel:+19169159215');
  });

  it.each([
    ['not a number', { e164: '555-CALL-NOW', display: '555-CALL-NOW', href: 'tel:555-CALL-NOW' }],
    ['too short', { e164: '+1555', display: '555', href: 'tel:+1555' }],
    ['script in the number', { e164: 'javascript:alert(1)', display: 'x', href: 'javascript:alert(1)' }],
  ])('renders nothing for an invalid number (%s)', (_label, phone) => {
    const { container } = render(<CallLink phone={phone} />);
    expect(container.innerHTML).toBe('');
  });

  it('renders nothing without a phone', () => {
    const { container } = render(<CallLink phone={null} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('ClinicActions', () => {
  it('offers call, booking, directions and e-mail from a valid record', () => {
    render(<ClinicActions clinic={clinic} />);
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['tel:+19169159215', 'https://example.com/book', clinic.directionsUrl, 'mailto:info@example.com']);
  });

  it('leaves out each action whose value is not valid', () => {
    const broken = { ...clinic, bookingUrl: 'javascript:alert(1)', email: 'not an email', directionsUrl: 'http://insecure.example' };
    render(<ClinicActions clinic={broken} />);
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['tel:+19169159215']);
  });

  it('shows no call to action section when the clinic cannot be reached', () => {
    const unreachable = { ...clinic, phone: null, bookingUrl: null, directionsUrl: null, email: null };
    const { container } = render(<CallToAction clinic={unreachable} settings={null} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('CallBar', () => {
  it('carries the call link and booking link', () => {
    render(<CallBar clinic={clinic} />);
    expect(screen.getByRole('link', { name: /call/i }).getAttribute('href')).toBe('tel:+19169159215');
    expect(screen.getByRole('link', { name: 'Book' }).getAttribute('href')).toBe('https://example.com/book');
  });

  it('is absent when the number is invalid', () => {
    const { container } = render(<CallBar clinic={{ ...clinic, phone: { e164: '+1 nope', display: 'nope', href: 'tel:nope' } }} />);
    expect(container.innerHTML).toBe('');
  });
});
