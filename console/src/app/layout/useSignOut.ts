/** 退出登录, the same from every layout: revoke the token server-side, forget the cache, end the session. */
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { apollo } from '../client';
import { session } from '../session-hooks';

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export function useSignOut(): { signOut: () => Promise<void>; leaving: boolean } {
  const [logout] = useMutation(LogoutMutation);
  const [leaving, setLeaving] = useState(false);
  const signOut = async () => {
    setLeaving(true);
    // The token is revoked server-side; if that fails (already expired, offline) we still sign out here.
    await logout().catch(() => undefined);
    await apollo.reset();
    // The session guard takes the user to /login?reason=logout.
    session.clear('logout');
  };
  return { signOut, leaving };
}
