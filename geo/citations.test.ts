import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { citationSchema, nonCanonicalReason } from './citations';

describe('citations', () => {
  it("accept the publisher's own pages", () => {
    for (const url of [
      'https://en.wikipedia.org/wiki/Zangezur_corridor',
      'https://uk.wikipedia.org/wiki/%D0%93%D0%BE%D1%80%D0%B0%D0%B4%D1%96%D0%B7',
      'https://www.geonames.org/587084',
      'https://www.bp.com/en_az/azerbaijan/home/who-we-are/operationsprojects/pipelines/btc.html',
      'http://www.today.az/news/politics/232758.html',
    ]) {
      expect(nonCanonicalReason(url), url).toBeNull();
    }
  });

  it('reject IP-address hosts, proxies, mirrors, cached and translated copies, edit and history links, double encoding and javascript:', () => {
    const rejects: [string, RegExp][] = [
      ['http://206.189.44.186/host-https-pl.wikipedia.org/wiki/Horadiz', /IP-address/u],
      ['https://anonyproxies.com/a2/index.php?q=https%3A%2F%2Fpl.wikipedia.org%2Fwiki%2FPort_Aszkelon', /proxy or mirror/u],
      ['http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FZangezur_corridor', /proxy or mirror/u],
      ['https://uk.wikipedia-on-ipfs.org/wiki/Horadiz', /proxy or mirror/u],
      ['https://kiwix.nikhpc.keenetic.name/content/wikipedia_ru_all_maxi_2025-06/Kechut', /proxy or mirror/u],
      ['https://perceptiode.com/Gndevaz', /proxy or mirror/u],
      ['https://wikiwand.com/en/articles/Nardaran', /proxy or mirror/u],
      ['https://webcache.googleusercontent.com/search?q=cache:example.org', /proxy or mirror/u],
      ['https://en-wikipedia-org.translate.goog/wiki/Nardaran?_x_tr_sl=en', /proxy or mirror/u],
      ['https://pl.wikipedia.org/w/index.php?title=Horadiz&veaction=edit', /\?veaction=/u],
      ['https://en.wikipedia.org/wiki/Tamar?oldid=813418590', /\?oldid=/u],
      ['https://en.wikipedia.org/wiki/?title=A%C4%9Fstafa&oldid=930133758', /\?oldid=/u],
      ['https://en.wikipedia.org/w/index.php?title=Tamar&action=history', /\?action=/u],
      ['https://en.wikipedia.org/wiki/Ceyhan%2528city%2529', /double-encoded/u],
      ['https://en.m.wikipedia.org/wiki/Syunik_Province', /mobile Wikipedia/u],
      ['javascript:alert(1)', /scheme javascript:/u],
      ['data:text/html,hi', /scheme data:/u],
      ['not a url', /not a URL/u],
      ['https://en.mehrnews.com/amp/215686', /AMP/u],
      ['https://www.trtworld.com:443/article/1', /explicit port/u],
      ['https://www.geonames.org/search.html?country=AZ&startRow=700', /GeoNames search/u],
      ['https://speed.lescigales.org/xypor/index.php?q=aHR0cHM6Ly9wdC53aWtpcGVkaWEub3JnL3dpa2kvQm9yam9taQ%3D%3D', /proxy or mirror/u],
      ['https://sr.wikipedia.org/sr-el/Jezero', /not \/wiki\/Title/u],
      ['https://rfe.pangea-cms.com/preview/hy-AM/a/33572230.html', /preview/u],
    ];
    for (const [url, reason] of rejects) expect(nonCanonicalReason(url), url).toMatch(reason);
  });

  it('need a title and a publisher', () => {
    expect(citationSchema.safeParse({ url: 'https://en.wikipedia.org/wiki/Baku' }).success).toBe(false);
    expect(citationSchema.safeParse({ title: 'Baku', publisher: 'Wikipedia (English)', url: 'https://en.wikipedia.org/wiki/Baku' }).success).toBe(true);
  });

  it('are titled and canonical for every place and every account in the atlas', () => {
    for (const f of buildAtlas().features) {
      for (const c of [...f.properties.sources, ...f.properties.claims.map((claim) => claim.source)]) {
        expect(c.title.length, f.id).toBeGreaterThan(2);
        expect(nonCanonicalReason(c.url), `${f.id}: ${c.url}`).toBeNull();
      }
    }
  });
});
