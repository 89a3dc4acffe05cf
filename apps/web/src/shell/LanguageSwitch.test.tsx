import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { LanguageSwitch } from './LanguageSwitch.tsx';

describe('LanguageSwitch', () => {
  it('on an English page, offers the Spanish translation named in Spanish, with lang and hreflang', () => {
    render(<LanguageSwitch locale="en" translation={{ path: '/es/articulos/x', exact: true }} />);
    const link = screen.getByRole('link', { name: 'Leer esta página en español' });
    expect(link.getAttribute('href')).toBe('/es/articulos/x');
    expect(link.getAttribute('lang')).toBe('es-US');
    expect(link.getAttribute('hreflang')).toBe('es-US');
    expect(link.textContent).toBe('Español');
    // The landmark is named in the page's language.
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeTruthy();
  });

  it('on a Spanish page without a translation, leads to the English home and says so in English', () => {
    render(<LanguageSwitch locale="es" translation={null} />);
    const link = screen.getByRole('link', { name: 'Browse the site in English' });
    expect(link.getAttribute('href')).toBe('/');
    expect(link.getAttribute('lang')).toBe('en-US');
    expect(screen.getByRole('navigation', { name: 'Idioma' })).toBeTruthy();
  });
});
