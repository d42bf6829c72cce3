import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'South Caucasus Corridors Atlas',
  description: 'The corridors and flashpoints of the South Caucasus, on a map, cited from two analysis articles.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
