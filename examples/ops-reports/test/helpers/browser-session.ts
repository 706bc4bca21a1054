/**
 * Follows a login the way a browser does, over plain HTTP: redirects
 * followed by hand, cookies kept per origin, the provider's forms submitted.
 */
export function browserSession() {
  const jar = new Map<string, Map<string, string>>();
  /** Every Set-Cookie header received, as sent, to check the attributes. */
  const setCookies: string[] = [];
  const cookiesFor = (url: URL) =>
    jar.get(url.origin) ?? jar.set(url.origin, new Map()).get(url.origin)!;

  async function request(url: URL, init: RequestInit = {}) {
    const cookies = [...cookiesFor(url)].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { Accept: 'text/html', ...(cookies ? { Cookie: cookies } : {}), ...init.headers },
    });
    for (const cookie of response.headers.getSetCookie()) {
      setCookies.push(cookie);
      const [pair = ''] = cookie.split(';');
      const [name = '', ...value] = pair.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value.join('=') === '')
        cookiesFor(url).delete(name);
      else cookiesFor(url).set(name, value.join('='));
    }
    return response;
  }

  /** GETs `start` and follows redirects until a page answers; returns it and where it was. */
  async function follow(start: string | URL, init?: RequestInit) {
    let url = new URL(start);
    let response = await request(url, init);
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 20; hops += 1) {
      url = new URL(response.headers.get('location') ?? '', url);
      response = await request(url);
    }
    return { response, url, html: await response.text() };
  }

  /** Signs in at the provider's forms as `email`, starting from a page of the service. */
  async function signIn(start: string, email: string) {
    let visit = await follow(start);
    for (let step = 0; step < 4; step += 1) {
      const prompt = /name="prompt" value="(login|consent)"/.exec(visit.html)?.[1];
      const action = /<form[^>]*action="([^"]+)"/.exec(visit.html)?.[1];
      if (!prompt || !action) return visit;
      const form = new URLSearchParams({ prompt, login: email, password: 'any' });
      visit = await follow(new URL(action.replace(/&amp;/g, '&'), visit.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
    }
    return visit;
  }

  return {
    request,
    follow,
    signIn,
    setCookies,
    cookies: (origin: string) => jar.get(origin) ?? new Map<string, string>(),
  };
}
