/**
 * The navigation the app runs on (the browser's address, or memory inside a host page), for
 * components: where the person is, addresses that keep the settings, and links that move within
 * the app without a page load.
 */
import { createContext, type AnchorHTMLAttributes } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { hrefFrom, type Location, type Navigation } from '../../navigation/navigation.ts';

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationContext');
  return navigation;
}

/** Where the person is; re-renders when they move. */
export function useLocation(): Location {
  const navigation = useNavigation();
  const [location, setLocation] = useState(navigation.location);
  useEffect(() => {
    const update = () => setLocation(navigation.location());
    // A child's effect may have moved before this one subscribed (effects run child-first).
    update();
    return navigation.subscribe(update);
  }, [navigation]);
  return location;
}

/** Addresses that keep the current settings (language, voice, practice, mode). */
export function useHref(): (path: string, extra?: Record<string, string>) => string {
  const location = useLocation();
  return (path, extra) => hrefFrom(location, path, extra);
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link within the app: a real link (focusable, announced, opens in a new tab with a modified
 * click where the address is the browser's), that otherwise moves without a page load.
 */
export function Link({ onClick, ...props }: LinkProps) {
  const navigation = useNavigation();
  return (
    <a
      {...props}
      onClick={(event) => {
        const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || props.target;
        if (modified && navigation.ownsAddress) return;
        event.preventDefault();
        onClick?.call(event.currentTarget, event);
        navigation.go(props.href);
      }}
    />
  );
}
