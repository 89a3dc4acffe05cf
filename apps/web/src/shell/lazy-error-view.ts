'use client';

import dynamic from 'next/dynamic';

/**
 * The error view (ErrorView.tsx), loaded on first use. Every page loads its error boundaries' code, so the view
 * and its texts (next-intl and both languages' messages, about 50 kB of script) come only when an error is
 * actually shown.
 */
export const LazyErrorView = dynamic(() => import('./ErrorView.tsx').then((module) => module.ErrorView));
