/**
 * The DOM methods that put a node they are given into the document tree: into their receiver
 * (`parent.appendChild(node)`), or beside it (`sibling.after(node)`). listener-cleanup asks
 * whether an element goes into an element its owner holds (into the receiver only);
 * unsettled-promise whether an `<iframe>` is inserted at all (either way).
 */

/** `parent.appendChild(node)`, `parent.append(a, b)`, `parent.insertBefore(node, ref)`: the argument becomes a child of the receiver. */
export const CHILD_INSERTING_METHODS: ReadonlySet<string> = new Set(['appendChild', 'append', 'prepend', 'insertBefore', 'replaceChild', 'replaceChildren']);

/** `sibling.after(node)`, `old.replaceWith(node)`: the argument goes beside the receiver, into its parent. */
export const SIBLING_INSERTING_METHODS: ReadonlySet<string> = new Set(['after', 'before', 'replaceWith']);
