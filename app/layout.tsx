import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { HydrationMark } from '@/components/hydration-mark';
import { siteMetadata } from '@/geo/metadata';
import './globals.css';

export const metadata: Metadata = siteMetadata();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <HydrationMark />
      </body>
    </html>
  );
}
