// The login-and-consent app of the development OpenID Connect provider (Ory Hydra), started by
// `SOCIAL=1 scripts/dev.sh`. It accepts at once, for the account last set with `POST /next`
// (JSON {subject, email, grantOpenid}); without one it signs in a fixed demo account.
// Plain Node, no dependencies.
import http from 'node:http';

const port = Number(process.env.PROVIDER_APP_PORT ?? 4446);
const admin = process.env.HYDRA_ADMIN_URL ?? 'http://127.0.0.1:4445';
let next = { subject: 'demo-social-subject', email: 'demo@example.com', grantOpenid: true };

async function hydra(method, path, body) {
  const response = await fetch(`${admin}/admin/oauth2/auth/requests/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Hydra ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, `http://localhost:${port}`);
    try {
      if (req.method === 'POST' && url.pathname === '/next') {
        let body = '';
        for await (const chunk of req) body += chunk;
        next = { grantOpenid: true, ...JSON.parse(body) };
        res.writeHead(204).end();
      } else if (url.pathname === '/login') {
        const challenge = url.searchParams.get('login_challenge');
        const accepted = await hydra('PUT', `login/accept?login_challenge=${encodeURIComponent(challenge)}`, {
          subject: next.subject,
          remember: false,
        });
        res.writeHead(302, { location: accepted.redirect_to }).end();
      } else if (url.pathname === '/consent') {
        const challenge = encodeURIComponent(url.searchParams.get('consent_challenge'));
        const asked = await hydra('GET', `consent?consent_challenge=${challenge}`);
        const accepted = await hydra('PUT', `consent/accept?consent_challenge=${challenge}`, {
          grant_scope: asked.requested_scope.filter((scope) => next.grantOpenid || scope !== 'openid'),
          grant_access_token_audience: asked.requested_access_token_audience,
          session: { id_token: { email: next.email, email_verified: true } },
        });
        res.writeHead(302, { location: accepted.redirect_to }).end();
      } else if (url.pathname === '/health') {
        res.writeHead(200).end('ok');
      } else {
        res.writeHead(404).end();
      }
    } catch (error) {
      console.error(error);
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  })
  .listen(port, '127.0.0.1', () => console.log(`provider app on http://localhost:${port}`));
