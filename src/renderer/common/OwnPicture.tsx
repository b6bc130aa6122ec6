import { useEffect, useState } from 'react';
import { useApi } from './api';

/**
 * An own exercise's picture, fetched from main as a data: URL (the pages' CSP allows
 * data: images and nothing from disk). Shows nothing while loading or when it is gone.
 */
export function OwnPicture({ picture, alt }: { picture: string; alt: string }) {
  const api = useApi();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .getOwnPicture({ picture })
      .then((answer) => {
        if (live) setUrl(answer?.dataUrl ?? null);
      })
      .catch(() => {
        if (live) setUrl(null);
      });
    return () => {
      live = false;
    };
  }, [api, picture]);
  return url ? <img className="own-picture" src={url} alt={alt} /> : null;
}
