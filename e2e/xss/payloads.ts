/**
 * The XSS corpus: payloads in the classes the well-known cheat sheets list,
 * written here in our own form. Each one, if it ever ran, would call
 * `xss(n)` with its own number, so the test knows which got through; with
 * the CSP blocking inline script, an injected one shows as a CSP violation
 * instead. Kept small per payload so many fit in one text field.
 */

/** Ways a script can be made to run once markup is injected, `N` standing for the number. */
const VECTORS = [
  '<script>xss(N)</script>',
  '<ScRiPt>xss(N)</sCrIpT>',
  '<script src="data:text/javascript,xss(N)"></script>',
  '<img src=x onerror=xss(N)>',
  '<img src="x" onerror="xss(N)">',
  '<svg onload=xss(N)>',
  '<svg><script>xss(N)</script></svg>',
  '<body onload=xss(N)>',
  '<iframe srcdoc="<script>parent.xss(N)</script>"></iframe>',
  '<iframe src="javascript:parent.xss(N)"></iframe>',
  '<a href="javascript:xss(N)">link</a>',
  '<a href="JaVaScRiPt:xss(N)">link</a>',
  '<a href="&#106;avascript:xss(N)">link</a>',
  '<a href="data:text/html,<script>xss(N)</script>">link</a>',
  '<details open ontoggle=xss(N)>',
  '<input autofocus onfocus=xss(N)>',
  '<video><source onerror=xss(N)></video>',
  '<math><mtext><table><mglyph><style><img src=x onerror=xss(N)>',
  '<object data="javascript:xss(N)"></object>',
  '<embed src="javascript:xss(N)">',
  '<form action="javascript:xss(N)"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:xss(N)">',
  '<base href="javascript:xss(N)//">',
  '<style>@import "javascript:xss(N)";</style>',
  '<div style="background:url(javascript:xss(N))">x</div>',
] as const;

/** Contexts a value could be dropped into, broken out of before the vector. */
const BREAKOUTS = ['', '">', "'>", '</textarea>', '--></title>'] as const;

/** Forms that are not markup at all: template syntax, URLs and encodings. */
const OTHERS = [
  '{{constructor.constructor("xss(N)")()}}',
  '${xss(N)}',
  'javascript:xss(N)',
  '&lt;script&gt;xss(N)&lt;/script&gt;',
  '%3Cscript%3Exss(N)%3C/script%3E',
  '\\u003cscript\\u003exss(N)\\u003c/script\\u003e',
  '[link](javascript:xss(N))',
  '![img](x" onerror="xss(N))',
  '<!--<img src="--><img src=x onerror=xss(N)//">',
  '<noscript><p title="</noscript><img src=x onerror=xss(N)>">',
] as const;

function numbered(): string[] {
  const forms = [
    ...BREAKOUTS.flatMap((breakout) => VECTORS.map((vector) => breakout + vector)),
    ...OTHERS,
  ];
  return forms.map((form, i) => form.replaceAll('N', String(i + 1)));
}

export const PAYLOADS: readonly string[] = numbered();
