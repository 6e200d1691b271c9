/**
 * Credentials for the bench: our gateway gets `Authorization: Bearer <token>` of a demo account
 * (logged in once per account). Hive Gateway and the straight-to-subgraph baselines get the signed
 * `x-zz-identity` header of the SAME identity (decoded from that token), since subgraphs refuse
 * anything else; it expires after 5 minutes, so the runner signs it again for every step.
 */
import { IDENTITY_HEADER, signForwardedIdentity, verifyUserToken, type Config, type Identity } from '@zz/common';

export interface Account {
  username: string;
  token: string;
  identity: Identity;
}

export async function login(gatewayUrl: string, config: Config, username: string, password = 'demo'): Promise<Account> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { token: string } }; errors?: { message: string }[] };
  const token = body.data?.login?.token;
  if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  const { expiresAt: _ignored, ...identity } = await verifyUserToken(token, config.jwtSecret);
  return { username, token, identity };
}

export function bearerHeaders(account: Account): Record<string, string> {
  return { authorization: `Bearer ${account.token}` };
}

/** A freshly signed identity header (valid 5 minutes): call once per step. */
export async function identityHeaders(account: Account, config: Config): Promise<Record<string, string>> {
  return { [IDENTITY_HEADER]: await signForwardedIdentity(account.identity, config.internalSecret) };
}
