import { gzipSync } from 'node:zlib';

/**
 * Inputs written by the team that mimic what users bring: a saved news page with its furniture (navigation,
 * cookie banner, captions, "read more" links, share buttons, JSON-LD and Open Graph), web archives, feeds
 * and scraper exports. The story texts are the team's own sentences; nothing is copied from a real site.
 */
export type StoryFixture = {
  outlet: string;
  published: string;
  title: string;
  author: string;
  url: string;
  paragraphs: string[];
};

export const CAUCASUS_STORY: StoryFixture = {
  outlet: 'The Meridian Ledger',
  published: '2025-08-12',
  title: 'Armenia and Azerbaijan agree to reopen border talks',
  author: 'Lena Marsh',
  url: 'https://www.meridian-ledger.example/world/2025/08/12/caucasus-talks',
  paragraphs: [
    'Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun Bayramov in Abu Dhabi on Monday, the first meeting of the two ministers since the spring.',
    'The two governments agreed to reopen talks on demarcating their shared border, according to a joint statement issued after the meeting.',
    'Russia criticised the meeting, saying that any settlement in the region should be negotiated with Moscow.',
    'Diplomats said a further round could be held in Geneva next month, although no date has been fixed.',
  ],
};

export const SAHEL_STORY: StoryFixture = {
  outlet: 'Harbour Street Journal',
  published: '2025-03-04',
  title: 'Mali expels French envoy as tensions rise',
  author: 'Tomas Reyes',
  url: 'https://harbourstreet.example/africa/mali-envoy',
  paragraphs: [
    'Mali expelled the French ambassador on Tuesday, accusing Paris of interfering in its internal affairs.',
    'France rejected the accusation and said it would consult its European partners on a response.',
    'The European Union urged both governments to restore dialogue, a spokesperson said in Brussels.',
  ],
};

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A whole saved page around the story, with everything a real news page carries besides it. */
export function newsPage(
  story: StoryFixture,
  opts: { jsonLd?: boolean; openGraph?: boolean; canonical?: string } = {},
): string {
  const jsonLd = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: story.outlet, url: new URL(story.url).origin },
      {
        '@type': 'NewsArticle',
        headline: story.title,
        datePublished: `${story.published}T07:45:00+04:00`,
        author: [{ '@type': 'Person', name: story.author }],
        publisher: { '@type': 'NewsMediaOrganization', name: story.outlet },
        mainEntityOfPage: { '@id': story.url },
      },
    ],
  };
  const [first, ...rest] = story.paragraphs.map((p) => `<p>${escape(p)}</p>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(story.title)} | ${escape(story.outlet)}</title>
  ${
    opts.openGraph === false
      ? ''
      : `<meta property="og:site_name" content="${escape(story.outlet)}">
  <meta property="og:title" content="${escape(story.title)}">
  <meta property="og:url" content="${escape(story.url)}">
  <meta property="article:published_time" content="${story.published}T03:45:00Z">`
  }
  <link rel="canonical" href="${escape(opts.canonical ?? story.url)}">
  ${opts.jsonLd === false ? '' : `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`}
  <script>window.analytics = { track: function () {} };</script>
  <style>.cookie { position: fixed; }</style>
</head>
<body>
  <div class="cookie" id="consent">We use cookies to improve your experience. <button>Accept all</button> <a href="/privacy">Manage preferences</a></div>
  <header class="site-header">
    <a href="/" class="logo">${escape(story.outlet)}</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
    <form role="search"><input name="q" placeholder="Search"></form>
  </header>
  <main>
    <article>
      <h1>${escape(story.title)}</h1>
      <div class="byline">By <a rel="author" href="/authors/x">${escape(story.author)}</a></div>
      <time datetime="${story.published}T07:45:00+04:00">Published ${story.published}</time>
      <figure><img src="/img/talks.jpg" alt=""><figcaption>Delegations arrive for the meeting. Photograph: Agency pool</figcaption></figure>
      <div class="article-body">
        ${first}
        <aside class="related"><h3>Read more</h3><ul><li><a href="/world/older-story">Ceasefire holds for a third week</a></li><li><a href="/world/other">Energy prices climb again</a></li></ul></aside>
        ${rest.join('\n        ')}
      </div>
      <div class="share"><button>Share on social media</button><button>Copy link</button></div>
    </article>
    <section class="comments"><h2>Comments</h2><p>Comments are closed for this article.</p></section>
  </main>
  <footer><p>© 2025 ${escape(story.outlet)}. All rights reserved.</p><nav><a href="/terms">Terms</a> <a href="/contact">Contact us</a></nav></footer>
</body>
</html>
`;
}

/** The story as plain text, as a user would paste it into a .txt file. */
export const plainText = (story: StoryFixture) => story.paragraphs.join('\n\n') + '\n';

/** A WARC 1.1 record. */
function warcRecord(type: string, headers: Record<string, string>, block: Buffer): Buffer {
  const head = [
    `WARC/1.1`,
    `WARC-Type: ${type}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

/** A web archive of the pages, as a crawler writes it: warcinfo, then a request and a response per page. */
export function webArchive(
  pages: { url: string; html: string; status?: number; type?: string }[],
  gzip = false,
): Buffer {
  const records: Buffer[] = [
    warcRecord(
      'warcinfo',
      { 'WARC-Date': '2025-08-13T10:00:00Z', 'Content-Type': 'application/warc-fields' },
      Buffer.from('software: team-fixture\r\n'),
    ),
  ];
  pages.forEach((page, i) => {
    const body = Buffer.from(page.html, 'utf8');
    const http = Buffer.concat([
      Buffer.from(
        `HTTP/1.1 ${page.status ?? 200} OK\r\nContent-Type: ${page.type ?? 'text/html; charset=utf-8'}\r\nContent-Length: ${body.length}\r\n\r\n`,
        'latin1',
      ),
      body,
    ]);
    const common = { 'WARC-Target-URI': page.url, 'WARC-Date': '2025-08-13T10:00:0' + (i % 10) + 'Z' };
    records.push(
      warcRecord(
        'request',
        { ...common, 'Content-Type': 'application/http; msgtype=request' },
        Buffer.from(`GET / HTTP/1.1\r\nHost: example\r\n\r\n`),
      ),
    );
    records.push(warcRecord('response', { ...common, 'Content-Type': 'application/http; msgtype=response' }, http));
  });
  // Crawlers compress record by record: each record is its own gzip member.
  return gzip ? Buffer.concat(records.map((r) => gzipSync(r))) : Buffer.concat(records);
}

/** An RSS 2.0 feed whose items carry the full story in content:encoded (and one item with a summary only). */
export function rssFeed(stories: StoryFixture[], withSummaryItem = true): string {
  const items = stories.map(
    (s) => `<item>
      <title>${escape(s.title)}</title>
      <link>${escape(s.url)}</link>
      <pubDate>${new Date(`${s.published}T09:00:00Z`).toUTCString()}</pubDate>
      <dc:creator>${escape(s.author)}</dc:creator>
      <description>${escape(s.paragraphs[0]!)}</description>
      <content:encoded><![CDATA[${s.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}]]></content:encoded>
    </item>`,
  );
  const summary = withSummaryItem
    ? `<item><title>Markets steady</title><link>https://news.example/markets</link><pubDate>Tue, 12 Aug 2025 08:00:00 GMT</pubDate><description>Markets were steady on Tuesday.</description></item>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escape(stories[0]?.outlet ?? 'Feed')}</title>
    <link>https://news.example/</link>
    <description>Latest world news</description>
    ${items.join('\n    ')}
    ${summary}
  </channel>
</rss>
`;
}
