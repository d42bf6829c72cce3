/** `/`: the atlas with no place selected — the layout is the whole page. */
export default function AtlasHome() {
  return null;
}
