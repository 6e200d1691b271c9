/**
 * The phone's position, asked once per `attempt` (重新定位 asks again). Browsers give it only to a
 * secure page (HTTPS or localhost) and only when the user allows it; everything else — refused, no
 * fix within 10 s, no GPS — is told apart only as far as the user can act on it: 'denied' (allow it in
 * the browser) or 'unavailable' (try again, or pick the point on the map).
 */
import { useEffect, useState } from 'react';
import type { LngLat } from '../../components/GridGeo/geo';

export type GeoState =
  | { state: 'locating' }
  | { state: 'located'; point: LngLat; accuracy: number }
  | { state: 'denied' }
  | { state: 'unavailable' };

export function useGeolocation(attempt: number): GeoState {
  const [geo, setGeo] = useState<GeoState>({ state: 'locating' });
  useEffect(() => {
    if (!('geolocation' in navigator) || !window.isSecureContext) {
      setGeo({ state: 'unavailable' });
      return;
    }
    let live = true;
    setGeo({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (p) => live && setGeo({ state: 'located', point: [p.coords.longitude, p.coords.latitude], accuracy: p.coords.accuracy }),
      (e) => live && setGeo({ state: e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return geo;
}
