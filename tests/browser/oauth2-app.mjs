// "Acceptance Notes": a small OAuth2/OpenID Connect app that signs people in through Ory Hydra,
// whose login, consent and logout screens are this UI's. Started by `OAUTH2=1 scripts/dev.sh`
// (a person can try the journey by hand) and used by the browser tests. Plain Node, no
// dependencies: the authorization code flow with a client secret, the token exchange, the ID
// token's claims shown on the page, and OpenID Connect logout with `id_token_hint`.
import http from 'node:http';
import { randomBytes } from 'node:crypto';

const port = Number(process.env.OAUTH2_APP_PORT ?? 4449);
const hydra = process.env.HYDRA_PUBLIC_URL ?? 'http://localhost:4447';
const clientId = process.env.OAUTH2_CLIENT_ID ?? 'acceptance-notes';
const secret = process.env.OAUTH2_CLIENT_SECRET ?? 'dev-only-acceptance-notes-secret-0123456789';
const self = `http://localhost:${port}`;

// One visitor's state per browser (a cookie of this app): the pending `state` and the tokens.
const visitors = new Map();

function visitor(req, res) {
  const id = /(?:^|; )notes_visitor=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (id && visitors.has(id)) return visitors.get(id);
  const fresh = randomBytes(16).toString('hex');
  const state = { id: fresh };
  visitors.set(fresh, state);
  res.setHeader('set-cookie', `notes_visitor=${fresh}; Path=/; HttpOnly; SameSite=Lax`);
  return state;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(res, title, body, status = 200) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
      `<body><main><h1>${escape(title)}</h1>${body}</main></body></html>`,
  );
}

function claimsOf(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, self);
    const me = visitor(req, res);
    try {
      if (url.pathname === '/') {
        if (me.claims) {
          page(res, 'Acceptance Notes',
            `<p data-testid="app-signed-in">Signed in as ${escape(me.claims.email ?? me.claims.sub)}</p>` +
            `<pre data-testid="app-claims">${escape(JSON.stringify(me.claims, null, 2))}</pre>` +
            `<p><a href="/logout">Sign out</a></p>`);
        } else {
          page(res, 'Acceptance Notes', '<p><a href="/start">Sign in with your account</a></p>');
        }
      } else if (url.pathname === '/start') {
        me.state = randomBytes(12).toString('hex');
        const query = new URLSearchParams({
          client_id: clientId,
          response_type: 'code',
          scope: url.searchParams.get('scope') ?? 'openid email profile offline_access',
          redirect_uri: `${self}/callback`,
          state: me.state,
        });
        res.writeHead(302, { location: `${hydra}/oauth2/auth?${query}` }).end();
      } else if (url.pathname === '/callback') {
        if (url.searchParams.get('state') !== me.state) {
          page(res, 'Acceptance Notes', '<p data-testid="app-error">The state does not match.</p>', 400);
        } else if (url.searchParams.has('error')) {
          page(res, 'Acceptance Notes',
            `<p data-testid="app-error">${escape(url.searchParams.get('error'))}: ` +
            `${escape(url.searchParams.get('error_description') ?? '')}</p>`);
        } else {
          const answer = await fetch(`${hydra}/oauth2/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              grant_type: 'authorization_code',
              code: url.searchParams.get('code'),
              redirect_uri: `${self}/callback`,
              client_id: clientId,
              client_secret: secret,
            }),
          });
          const tokens = await answer.json();
          if (!answer.ok) throw new Error(`token exchange: ${answer.status} ${JSON.stringify(tokens)}`);
          me.idToken = tokens.id_token;
          me.claims = claimsOf(tokens.id_token);
          res.writeHead(303, { location: '/' }).end();
        }
      } else if (url.pathname === '/logout') {
        const query = new URLSearchParams({
          id_token_hint: me.idToken ?? '',
          post_logout_redirect_uri: `${self}/signed-out`,
          state: 'signed-out-state',
        });
        res.writeHead(302, { location: `${hydra}/oauth2/sessions/logout?${query}` }).end();
      } else if (url.pathname === '/signed-out') {
        delete me.claims;
        delete me.idToken;
        page(res, 'Acceptance Notes', '<p data-testid="app-signed-out">You are signed out of Acceptance Notes.</p>');
      } else if (url.pathname === '/privacy' || url.pathname === '/terms') {
        page(res, 'Acceptance Notes', '<p>The notes you take stay yours.</p>');
      } else if (url.pathname === '/health') {
        res.writeHead(200).end('ok');
      } else {
        res.writeHead(404).end();
      }
    } catch (error) {
      console.error(error);
      page(res, 'Acceptance Notes', `<p data-testid="app-error">${escape(error.message)}</p>`, 500);
    }
  })
  .listen(port, '127.0.0.1', () => console.log(`Acceptance Notes on ${self}`));
