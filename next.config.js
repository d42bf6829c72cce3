/** @type {import('next').NextConfig} */
const nextConfig = {
  // The whole atlas is a static export (`out/`): any static host can serve it, and so does `npm start`.
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
};

module.exports = nextConfig;
