import { type ComponentType, lazy, type LazyExoticComponent, Suspense } from 'react';
import { Skeleton } from 'antd';
import type { Loader } from '../plugin.ts';

type LazyOf<P> = LazyExoticComponent<ComponentType<P>>;

// One lazy component per loader, so a re-render does not load and mount it afresh.
const components = new WeakMap<object, unknown>();

export function lazyComponent<P extends object>(load: Loader<P>): LazyOf<P> {
  const known = components.get(load) as LazyOf<P> | undefined;
  if (known) return known;
  const component = lazy(load);
  components.set(load, component);
  return component;
}

/** Loads a plugin's section or widget on first render, with a placeholder while it comes. */
export function LazyPart<P extends object>({ load, props }: { load: Loader<P>; props: P }) {
  const Component = lazyComponent(load);
  return (
    <Suspense fallback={<Skeleton active />}>
      <Component {...props} />
    </Suspense>
  );
}
