// The HTML of the OAuth2 sign-in page and its error page; every value is escaped, styles carry a CSP nonce.
import { USERS } from './identities';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1a1d21}
main{max-width:28rem;margin:3rem auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.5rem;margin:0 0 1rem}
label{display:block;font-weight:600;margin-top:1rem}
input{width:100%;box-sizing:border-box;padding:.5rem;font:inherit;border:1px solid #5c6670;border-radius:4px}
input:focus,button:focus{outline:3px solid #1864ab;outline-offset:2px}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font:inherit;font-weight:600;color:#fff;background:#1864ab;border:0;border-radius:4px;cursor:pointer}
.error{color:#a61e1e;background:#fff5f5;border:1px solid #a61e1e;padding:.5rem;border-radius:4px}
table{border-collapse:collapse;margin-top:.5rem;width:100%;font-size:.9rem}
th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #dee2e6;vertical-align:top}
code{font-size:.95em}
`;

/** A strict CSP: nothing loads, only this page's own style block (by nonce); forms post here and redirect to formTarget. */
export function pageCsp(nonce: string, formTargets: string[] = []): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `form-action 'self'${formTargets.map((t) => ` ${t}`).join('')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function layout(title: string, nonce: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function signInPage(opts: {
  nonce: string;
  hidden: Record<string, string>;
  clientId: string;
  username?: string;
  error?: string;
}): string {
  const hidden = Object.entries(opts.hidden)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('\n');
  const users = USERS.map(
    (u) =>
      `<tr><th scope="row"><code>${escapeHtml(u.name)}</code></th><td>${escapeHtml(u.displayName)}: ${escapeHtml(u.summary)}</td></tr>`,
  ).join('\n');
  const error = opts.error
    ? `<p class="error" role="alert" id="sign-in-error">${escapeHtml(opts.error)}</p>`
    : '';
  const describedBy = opts.error ? ' aria-describedby="sign-in-error"' : '';
  return layout(
    'Sign in · HORISEN simulator',
    opts.nonce,
    `<h1>Sign in to HORISEN (simulator)</h1>
<p>The application <strong>${escapeHtml(opts.clientId)}</strong> asks to use the SMS Session Manager on your behalf.</p>
${error}
<form method="post" action="/oauth2/authorize">
${hidden}
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" required value="${escapeHtml(opts.username ?? '')}"${describedBy}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>
<button type="submit">Sign in</button>
</form>
<h2>Demo users</h2>
<p>Every demo user's password is <code>demo</code>.</p>
<table>
<caption>Demo users and what each may do</caption>
<thead><tr><th scope="col">Username</th><th scope="col">May do</th></tr></thead>
<tbody>
${users}
</tbody>
</table>`,
  );
}

export function errorPage(nonce: string, title: string, message: string): string {
  return layout(
    `${title} · HORISEN simulator`,
    nonce,
    `<h1>${escapeHtml(title)}</h1>
<p role="alert">${escapeHtml(message)}</p>
<p>Nothing was sent back to the application. Check the client ID and the redirect URI it is registered with.</p>`,
  );
}
