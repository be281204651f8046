import type { ComponentChildren, Ref } from 'preact';

interface Props {
  /** 1–6; a host page decides where the guide sits in its outline, so levels are relative. */
  level: number;
  class?: string;
  id?: string;
  tabIndex?: number;
  headingRef?: Ref<HTMLHeadingElement>;
  children: ComponentChildren;
}

/** A heading at a level relative to where the face puts the guide. */
export function Heading({ level, headingRef, children, ...rest }: Props) {
  const Tag = `h${Math.min(6, Math.max(1, level))}` as 'h2';
  return (
    <Tag ref={headingRef} {...rest}>
      {children}
    </Tag>
  );
}
