import { type ReadonlySignal, signal } from '@preact/signals';
import { type ComponentType, h } from 'preact';

/** Code loaded on first use, into a signal that components read. */
export interface Lazy<T> {
  /** What was loaded; undefined until then. */
  readonly value: ReadonlySignal<T | undefined>;
  /** Starts the load once; a chunk that fails to load is tried again by the next call. */
  load(): Promise<void>;
}

/** The one lazy loader: the postal codes of the settings form and the guide's results both use it. */
export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  const value = signal<T | undefined>(undefined);
  let loading: Promise<void> | undefined;
  return {
    value,
    load() {
      loading ??= importer().then(
        (loaded) => {
          value.value = loaded;
        },
        () => {
          // A chunk of the face's own files that did not load: what does not need it goes on, and the next
          // use tries again.
          loading = undefined;
        },
      );
      return loading;
    },
  };
}

/** A component loaded on demand, with `preload()` to start loading before it is first rendered. */
export type LazyComponent<P> = ComponentType<P> & { preload?(): Promise<void> };

/** A component whose code loads on its first render or on preload(); `Placeholder` renders until then. */
export function lazyComponent<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  Placeholder: ComponentType<P>,
): LazyComponent<P> {
  const code = lazy(importer);
  function Loaded(props: P) {
    const Component = code.value.value;
    if (Component) return h(Component, props);
    void code.load();
    return h(Placeholder, props);
  }
  return Object.assign(Loaded, { preload: code.load });
}
